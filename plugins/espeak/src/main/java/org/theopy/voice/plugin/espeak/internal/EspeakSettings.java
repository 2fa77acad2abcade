package org.theopy.voice.plugin.espeak.internal;

import java.time.Duration;

/**
 * The espeak-ng engine's settings, read and checked by the provider.
 *
 * @param binary the program's name (looked up on {@code PATH}) or path
 * @param voice the espeak-ng voice, such as {@code en-us}
 * @param wordsPerMinute the speaking rate
 * @param timeout how long one run of the program may take before it is killed
 * @param maxCharacters the longest text accepted
 * @param processes how many runs may be under way at once
 */
public record EspeakSettings(
    String binary,
    String voice,
    int wordsPerMinute,
    Duration timeout,
    int maxCharacters,
    int processes) {}
