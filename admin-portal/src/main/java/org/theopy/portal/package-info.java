/**
 * The Theopy admin portal: where administrators see and manage the risks of a voice assistant in
 * production, the indicators that watch them and the alert thresholds of those indicators.
 */
package org.theopy.portal;
