package org.theopy.voice.spi;

/**
 * Creates {@link TextToSpeech} engines. Implementations are declared in {@code
 * META-INF/services/org.theopy.voice.spi.TextToSpeechProvider} and, for the module path, with
 * {@code provides org.theopy.voice.spi.TextToSpeechProvider with ...} in their {@code module-info},
 * and are found by the core through {@link java.util.ServiceLoader}: this is the text-to-speech
 * extension point.
 */
public interface TextToSpeechProvider extends EngineProvider<TextToSpeech> {}
