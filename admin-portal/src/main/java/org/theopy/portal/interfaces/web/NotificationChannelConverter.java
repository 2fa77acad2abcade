package org.theopy.portal.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.theopy.portal.domain.model.indicator.NotificationChannel;

/** Converts notification channels for the multiple-choice field (generic sets lose the type). */
@FacesConverter("notificationChannel")
public class NotificationChannelConverter implements Converter<NotificationChannel> {

  @Override
  public NotificationChannel getAsObject(
      FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return NotificationChannel.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new ConverterException(
          new FacesMessage(FacesMessage.SEVERITY_ERROR, "unknown channel", null), e);
    }
  }

  @Override
  public String getAsString(
      FacesContext context, UIComponent component, NotificationChannel value) {
    return value == null ? "" : value.name();
  }
}
