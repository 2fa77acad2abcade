package org.theopy.voice.core;

/**
 * Receives the pipeline's {@link VoiceEvent}s, for metrics, logs or dashboards.
 *
 * <p>Events are delivered on the pipeline's single event thread, in the order they were published,
 * never on the thread that made the request, so a slow listener cannot slow down requests. When the
 * bounded event queue is full, new events are dropped (and counted) rather than blocking requests.
 * A listener that throws is isolated: the failure is logged once for that listener and the other
 * listeners still receive the event.
 */
@FunctionalInterface
public interface VoiceEventListener {

  /**
   * Handles one event. Called on the pipeline's event thread; should return quickly.
   *
   * @param event the event, never {@code null}
   */
  void onEvent(VoiceEvent event);
}
