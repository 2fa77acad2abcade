package org.theopy.voice.core.internal;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.theopy.voice.core.VoiceEvent;
import org.theopy.voice.core.VoiceEventListener;

/**
 * Delivers events to listeners on one daemon thread through a bounded queue. Publishing never
 * blocks: when the queue is full the event is dropped and counted. A listener that throws is logged
 * once and keeps receiving later events.
 */
final class EventDispatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);

  private final List<VoiceEventListener> listeners = new CopyOnWriteArrayList<>();
  private final Set<VoiceEventListener> failedOnce = ConcurrentHashMap.newKeySet();
  private final BlockingQueue<VoiceEvent> queue;
  private final AtomicLong dropped = new AtomicLong();
  private final Thread thread;
  private volatile boolean closed;

  EventDispatcher(int capacity, List<VoiceEventListener> initial) {
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.listeners.addAll(initial);
    this.thread = new Thread(this::run, "theopy-events");
    this.thread.setDaemon(true);
    this.thread.start();
  }

  /** Tells whether anyone listens, so that callers can skip building events. */
  boolean active() {
    return !listeners.isEmpty() && !closed;
  }

  void publish(VoiceEvent event) {
    if (!active()) {
      return;
    }
    if (!queue.offer(event) && dropped.getAndIncrement() == 0) {
      LOG.warn(
          "events: queue of {} is full, dropping events until listeners catch up",
          queue.remainingCapacity() + queue.size());
    }
  }

  void add(VoiceEventListener listener) {
    listeners.add(listener);
  }

  boolean remove(VoiceEventListener listener) {
    return listeners.remove(listener);
  }

  long dropped() {
    return dropped.get();
  }

  private void run() {
    while (!closed || !queue.isEmpty()) {
      VoiceEvent event;
      try {
        event = queue.poll(100, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (event == null) {
        continue;
      }
      for (VoiceEventListener listener : listeners) {
        try {
          listener.onEvent(event);
        } catch (RuntimeException | LinkageError | AssertionError e) {
          if (failedOnce.add(listener)) {
            LOG.warn(
                "events: listener {} threw on {}; it stays registered and later failures are"
                    + " logged at debug level only",
                listener,
                event.getClass().getSimpleName(),
                e);
          } else {
            LOG.debug("events: listener {} threw again", listener, e);
          }
        }
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      thread.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
