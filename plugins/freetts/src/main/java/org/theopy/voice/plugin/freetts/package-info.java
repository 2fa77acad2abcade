/**
 * Theopy's default offline voice, built on FreeTTS and its kevin16 diphone voice. The provider is
 * found by the core's service loader and needs no settings and no sound card.
 */
package org.theopy.voice.plugin.freetts;
