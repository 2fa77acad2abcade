package org.theopy.voice.spi;

/**
 * Creates {@link IntentClassifier} engines. Implementations are declared in {@code
 * META-INF/services/org.theopy.voice.spi.IntentClassifierProvider} and, for the module path, with
 * {@code provides org.theopy.voice.spi.IntentClassifierProvider with ...} in their {@code
 * module-info}, and are found by the core through {@link java.util.ServiceLoader}: this is the
 * intent classification extension point.
 */
public interface IntentClassifierProvider extends EngineProvider<IntentClassifier> {}
