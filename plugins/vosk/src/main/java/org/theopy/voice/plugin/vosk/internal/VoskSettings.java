package org.theopy.voice.plugin.vosk.internal;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The Vosk engine's settings, read and checked by the provider.
 *
 * @param modelPath a model directory, or {@code null} for the bundled English model
 * @param cacheDirectory where the bundled model is unpacked
 * @param language the BCP 47 tag of the model's language
 * @param recognizers the most recognizers kept per sample rate, which bounds concurrent calls
 * @param acquireTimeout how long a call waits for a free recognizer
 * @param padding silence fed before and after each utterance
 * @param maxDuration the longest audio one call or stream accepts
 */
public record VoskSettings(
    Path modelPath,
    Path cacheDirectory,
    String language,
    int recognizers,
    Duration acquireTimeout,
    Duration padding,
    Duration maxDuration) {}
