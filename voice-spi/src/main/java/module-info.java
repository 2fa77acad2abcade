/**
 * Theopy's voice service provider interface.
 *
 * <p>Engines implement {@link org.theopy.voice.spi.SpeechToText}, {@link
 * org.theopy.voice.spi.TextToSpeech} or {@link org.theopy.voice.spi.IntentClassifier} and are
 * created by a provider that the core finds with {@link java.util.ServiceLoader}. A provider jar
 * declares itself here with {@code provides ... with ...} and in {@code META-INF/services}, so it
 * is found on the module path and on the class path alike.
 */
module org.theopy.voice.spi {
  exports org.theopy.voice.spi;
  exports org.theopy.voice.spi.audio;

  uses org.theopy.voice.spi.SpeechToTextProvider;
  uses org.theopy.voice.spi.TextToSpeechProvider;
  uses org.theopy.voice.spi.IntentClassifierProvider;
}
