/**
 * Offline text-to-speech with the espeak-ng program. Declares {@link
 * org.theopy.voice.plugin.espeak.EspeakTextToSpeechProvider} to the core's service loader.
 */
module org.theopy.voice.plugin.espeak {
  requires org.theopy.voice.spi;
  requires org.slf4j;

  exports org.theopy.voice.plugin.espeak;

  provides org.theopy.voice.spi.TextToSpeechProvider with
      org.theopy.voice.plugin.espeak.EspeakTextToSpeechProvider;
}
