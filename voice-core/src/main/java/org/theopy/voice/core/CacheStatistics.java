package org.theopy.voice.core;

/**
 * Counts of one pipeline cache since the pipeline was built.
 *
 * @param hits lookups answered from the cache
 * @param misses lookups that had to call an engine
 * @param evictions entries removed to stay within the bound or because they expired
 * @param size the current number of entries (approximate)
 */
public record CacheStatistics(long hits, long misses, long evictions, long size) {

  /**
   * Returns the share of lookups answered from the cache.
   *
   * @return between 0 and 1; 0 when there was no lookup
   */
  public double hitRate() {
    long lookups = hits + misses;
    return lookups == 0 ? 0.0 : (double) hits / lookups;
  }
}
