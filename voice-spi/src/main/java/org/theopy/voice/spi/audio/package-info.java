/**
 * Audio as engines exchange it: 16-bit PCM samples with their format, read from and written to WAV,
 * and converted between sample rates and channel counts.
 */
package org.theopy.voice.spi.audio;
