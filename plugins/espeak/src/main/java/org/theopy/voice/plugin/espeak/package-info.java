/**
 * Theopy's fallback offline voice: the espeak-ng program, run as a process for each text. The
 * provider is found by the core's service loader; the program comes from the operating system (the
 * Debian package {@code espeak-ng}).
 */
package org.theopy.voice.plugin.espeak;
