/**
 * Theopy's example plugin: a Morse code voice, a Morse code decoder and a keyword intent
 * classifier. The plugin guide walks through it.
 */
module org.theopy.voice.plugin.example {
  requires transitive org.theopy.voice.spi;
  requires org.slf4j;

  exports org.theopy.voice.plugin.example;

  provides org.theopy.voice.spi.TextToSpeechProvider with
      org.theopy.voice.plugin.example.MorseTextToSpeechProvider;
  provides org.theopy.voice.spi.SpeechToTextProvider with
      org.theopy.voice.plugin.example.MorseSpeechToTextProvider;
  provides org.theopy.voice.spi.IntentClassifierProvider with
      org.theopy.voice.plugin.example.KeywordIntentClassifierProvider;
}
