package org.theopy.voice.plugin.freetts.internal;

import java.time.Duration;

/**
 * The FreeTTS engine's settings, read and checked by the provider.
 *
 * @param voice the FreeTTS voice name
 * @param voices how many voice instances the pool keeps, which bounds concurrent calls
 * @param acquireTimeout how long a call waits for a free voice
 * @param maxCharacters the longest text accepted
 */
public record FreeTtsSettings(
    String voice, int voices, Duration acquireTimeout, int maxCharacters) {}
