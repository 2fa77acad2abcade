/**
 * Offline speech-to-text with Vosk. Declares {@link
 * org.theopy.voice.plugin.vosk.VoskSpeechToTextProvider} to the core's service loader.
 */
module org.theopy.voice.plugin.vosk {
  requires org.theopy.voice.spi;
  requires org.slf4j;
  requires com.sun.jna;
  requires vosk;
  // The JSON-P API only: its implementation (Eclipse Parsson) is found as a service of
  // jakarta.json, which declares 'uses jakarta.json.spi.JsonProvider'.
  requires jakarta.json;

  exports org.theopy.voice.plugin.vosk;

  provides org.theopy.voice.spi.SpeechToTextProvider with
      org.theopy.voice.plugin.vosk.VoskSpeechToTextProvider;
}
