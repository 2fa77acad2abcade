/**
 * Theopy's voice core: the runtime that an application embeds.
 *
 * <p>It finds engines through {@link java.util.ServiceLoader} on the module path and the class
 * path, chains them with fallbacks under Resilience4j, caches repeated work, keeps resumable
 * sessions, asks for clarification when an intent is uncertain and reports what it does through
 * events, rolling indicators and word error rate.
 */
module org.theopy.voice.core {
  requires transitive org.theopy.voice.spi;
  requires org.slf4j;
  requires io.github.resilience4j.core;
  requires io.github.resilience4j.circuitbreaker;
  requires io.github.resilience4j.retry;
  requires io.github.resilience4j.timelimiter;
  requires com.github.benmanes.caffeine;

  exports org.theopy.voice.core;
  exports org.theopy.voice.core.metrics;

  uses org.theopy.voice.spi.SpeechToTextProvider;
  uses org.theopy.voice.spi.TextToSpeechProvider;
  uses org.theopy.voice.spi.IntentClassifierProvider;
}
