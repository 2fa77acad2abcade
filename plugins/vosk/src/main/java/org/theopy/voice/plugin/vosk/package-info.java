/**
 * Theopy's offline speech-to-text engine, built on Vosk (Kaldi). The provider is found by the
 * core's service loader; with no settings it uses the small English model that comes with the
 * plugin, unpacked to a cache directory on first use.
 */
package org.theopy.voice.plugin.vosk;
