package org.theopy.voice.spi;

/** How well an engine can serve requests right now. */
public enum HealthStatus {
  /** Ready to serve. */
  UP,
  /** Serving, but slower or with reduced quality (for example a fallback voice or model). */
  DEGRADED,
  /** Cannot serve: a missing native library or model, an unreachable server. */
  DOWN
}
