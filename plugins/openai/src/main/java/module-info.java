/**
 * Remote speech-to-text and text-to-speech over the OpenAI-compatible audio API, built on the JDK's
 * HTTP client.
 */
module org.theopy.voice.plugin.openai {
  requires transitive org.theopy.voice.spi;
  requires java.net.http;
  requires org.slf4j;
  // The JSON-P API only: its implementation (Eclipse Parsson) is found as a service of
  // jakarta.json, which declares 'uses jakarta.json.spi.JsonProvider'.
  requires jakarta.json;

  exports org.theopy.voice.plugin.openai;

  provides org.theopy.voice.spi.SpeechToTextProvider with
      org.theopy.voice.plugin.openai.OpenAiSpeechToTextProvider;
  provides org.theopy.voice.spi.TextToSpeechProvider with
      org.theopy.voice.plugin.openai.OpenAiTextToSpeechProvider;
}
