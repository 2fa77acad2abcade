package org.theopy.portal.interfaces.rest;

import jakarta.ws.rs.BadRequestException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Parses query parameters with messages that name the parameter and the accepted values. */
final class QueryParams {

  private QueryParams() {}

  static <E extends Enum<E>> E oneOf(Class<E> type, String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(
          "query parameter '"
              + name
              + "' must be one of "
              + EnumSet.allOf(type).toString().toLowerCase(Locale.ROOT)
              + ", got '"
              + abbreviate(value)
              + "'");
    }
  }

  static <E extends Enum<E>> Set<E> setOf(Class<E> type, String name, List<String> values) {
    Set<E> set = EnumSet.noneOf(type);
    if (values != null) {
      for (String value : values) {
        for (String part : value.split(",")) {
          E e = oneOf(type, name, part);
          if (e != null) {
            set.add(e);
          }
        }
      }
    }
    return set;
  }

  static int intBetween(String name, String value, int min, int max, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n < min || n > max) {
        throw new BadRequestException(
            "query parameter '" + name + "' must be between " + min + " and " + max + ", got " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadRequestException(
          "query parameter '" + name + "' must be a whole number, got '" + abbreviate(value) + "'");
    }
  }

  static boolean bool(String name, String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default ->
          throw new BadRequestException(
              "query parameter '"
                  + name
                  + "' must be true or false, got '"
                  + abbreviate(value)
                  + "'");
    };
  }

  static String text(String name, String value, int maxLength) {
    if (value != null && value.length() > maxLength) {
      throw new BadRequestException(
          "query parameter '" + name + "' may have at most " + maxLength + " characters");
    }
    return value;
  }

  private static String abbreviate(String value) {
    String cleaned = value.replaceAll("[^\\p{Alnum} _.,-]", "?");
    return cleaned.length() > 40 ? cleaned.substring(0, 40) + "..." : cleaned;
  }
}
