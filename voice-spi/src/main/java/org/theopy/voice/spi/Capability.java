package org.theopy.voice.spi;

/**
 * Optional abilities an engine declares in its {@link EngineDescriptor}. The core uses them to skip
 * engines that cannot serve a request and to tell applications what a result may contain.
 */
public enum Capability {
  /** Speech-to-text that returns partial results while audio arrives in chunks. */
  STREAMING,
  /** Transcripts carry start and end times for each word. */
  WORD_TIMINGS,
  /** Results carry a confidence between 0 and 1. */
  CONFIDENCE,
  /** Results carry ranked alternatives besides the best one. */
  ALTERNATIVES,
  /** Intent results carry slots (named values extracted from the utterance). */
  SLOTS
}
