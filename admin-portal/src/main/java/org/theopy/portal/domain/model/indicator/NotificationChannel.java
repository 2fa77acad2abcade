package org.theopy.portal.domain.model.indicator;

/** Where an alert is sent. */
public enum NotificationChannel {
  /** E-mail to the people on duty. */
  EMAIL,
  /** A message in the team's chat. */
  CHAT,
  /** Only shown in the portal. */
  PORTAL
}
