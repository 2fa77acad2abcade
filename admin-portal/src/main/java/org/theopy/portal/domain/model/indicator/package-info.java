/**
 * Monitoring indicators (what is measured, how and in which unit) and their alert thresholds:
 * comparator, warning and critical values, how long a breach must last, a resolve value for
 * hysteresis, severity and notification channels. Measurements arrive later through telemetry;
 * {@link org.theopy.portal.domain.model.indicator.Threshold#evaluate} already says what a value
 * means for an alert.
 */
package org.theopy.portal.domain.model.indicator;
