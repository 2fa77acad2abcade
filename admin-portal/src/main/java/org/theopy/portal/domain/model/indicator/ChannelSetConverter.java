package org.theopy.portal.domain.model.indicator;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of notification channels as a comma-separated list of their names. */
@Converter
public class ChannelSetConverter implements AttributeConverter<Set<NotificationChannel>, String> {

  @Override
  public String convertToDatabaseColumn(Set<NotificationChannel> channels) {
    if (channels == null) {
      return "";
    }
    return channels.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  @Override
  public Set<NotificationChannel> convertToEntityAttribute(String column) {
    Set<NotificationChannel> channels = EnumSet.noneOf(NotificationChannel.class);
    if (column != null && !column.isBlank()) {
      for (String name : column.split(",")) {
        channels.add(NotificationChannel.valueOf(name.trim()));
      }
    }
    return channels;
  }
}
