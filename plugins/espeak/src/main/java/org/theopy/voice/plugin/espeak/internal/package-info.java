/**
 * The espeak-ng engine's implementation: finding the program, running it with a time limit and
 * reading the WAV it writes. Not an API.
 */
package org.theopy.voice.plugin.espeak.internal;
