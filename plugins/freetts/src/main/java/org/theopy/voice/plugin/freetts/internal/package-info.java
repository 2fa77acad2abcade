/**
 * The FreeTTS engine's implementation: the pool of voices, the in-memory audio player and the
 * splitting of long texts into sentences. Not an API.
 */
package org.theopy.voice.plugin.freetts.internal;
