/**
 * Theopy's Apache OpenNLP intent classifier plugin, engine id {@code opennlp}: trained from the
 * application's example utterances, with out-of-scope detection.
 */
module org.theopy.voice.plugin.opennlp {
  requires org.theopy.voice.spi;
  requires org.apache.opennlp.tools;
  requires org.slf4j;

  exports org.theopy.voice.plugin.opennlp;

  provides org.theopy.voice.spi.IntentClassifierProvider with
      org.theopy.voice.plugin.opennlp.OpenNlpIntentClassifierProvider;
}
