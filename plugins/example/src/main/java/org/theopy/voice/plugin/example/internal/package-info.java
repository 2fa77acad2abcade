/** The Morse code table and timing shared by the example's voice and decoder. */
package org.theopy.voice.plugin.example.internal;
