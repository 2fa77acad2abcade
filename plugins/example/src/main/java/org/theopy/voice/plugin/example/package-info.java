/**
 * Theopy's example plugin, the one the plugin guide builds: a text-to-speech engine that speaks
 * Morse code, a speech-to-text engine that decodes it, and an intent classifier driven by keywords.
 * They need no model or native library, so the whole plugin fits in a few files, yet each is a real
 * engine: the decoder transcribes what the voice speaks.
 */
package org.theopy.voice.plugin.example;
