package org.theopy.portal.application;

import java.util.List;

/**
 * One page of results with the total number of matches.
 *
 * @param items the items of the page
 * @param total how many items match in all
 * @param <T> the item type
 */
public record Page<T>(List<T> items, long total) {

  /** Copies the list. */
  public Page {
    items = List.copyOf(items);
  }
}
