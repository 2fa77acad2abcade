/**
 * Measures of recognition quality that do not depend on any engine, chiefly {@link
 * org.theopy.voice.core.metrics.WordErrorRate}, used by the canary checks and by evaluation code.
 */
package org.theopy.voice.core.metrics;
