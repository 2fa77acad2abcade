package org.theopy.voice.spi;

/**
 * Creates {@link SpeechToText} engines. Implementations are declared in {@code
 * META-INF/services/org.theopy.voice.spi.SpeechToTextProvider} and, for the module path, with
 * {@code provides org.theopy.voice.spi.SpeechToTextProvider with ...} in their {@code module-info},
 * and are found by the core through {@link java.util.ServiceLoader}: this is the speech-to-text
 * extension point.
 */
public interface SpeechToTextProvider extends EngineProvider<SpeechToText> {}
