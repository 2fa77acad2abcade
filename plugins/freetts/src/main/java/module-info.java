/**
 * Offline text-to-speech with FreeTTS. Declares {@link
 * org.theopy.voice.plugin.freetts.FreeTtsTextToSpeechProvider} to the core's service loader.
 */
module org.theopy.voice.plugin.freetts {
  requires org.theopy.voice.spi;
  requires org.slf4j;
  requires java.desktop;
  requires freetts;

  exports org.theopy.voice.plugin.freetts;

  provides org.theopy.voice.spi.TextToSpeechProvider with
      org.theopy.voice.plugin.freetts.FreeTtsTextToSpeechProvider;
}
