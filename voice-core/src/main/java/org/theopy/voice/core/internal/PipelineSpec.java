package org.theopy.voice.core.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.theopy.voice.core.EngineRegistry;
import org.theopy.voice.core.IntentHandler;
import org.theopy.voice.core.SessionStore;
import org.theopy.voice.core.VoiceEventListener;
import org.theopy.voice.spi.IntentCandidate;

/**
 * Everything a {@link org.theopy.voice.core.VoicePipeline.Builder} collected, handed to {@link
 * DefaultVoicePipeline#create} once.
 *
 * @param settings the merged {@code theopy.*} settings
 * @param registry where engines come from
 * @param sessionStore where sessions live
 * @param listeners the initial event listeners
 * @param handlers intent handlers by intent name
 * @param unhandled the handler of intents without one, or {@code null} for the default
 * @param clarificationPrompt words clarification questions, or {@code null} for the default
 * @param noSpeechReply the reply when nothing was heard, or {@code null} for the default
 */
public record PipelineSpec(
    Map<String, String> settings,
    EngineRegistry registry,
    SessionStore sessionStore,
    List<VoiceEventListener> listeners,
    Map<String, IntentHandler> handlers,
    IntentHandler unhandled,
    Function<List<IntentCandidate>, String> clarificationPrompt,
    String noSpeechReply) {

  /** Copies the collections so that the builder cannot change a built pipeline. */
  public PipelineSpec {
    settings = Map.copyOf(settings);
    listeners = List.copyOf(listeners);
    handlers = Map.copyOf(handlers);
  }
}
