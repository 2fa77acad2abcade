package org.theopy.portal.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.Locale;
import java.util.ResourceBundle;
import org.theopy.portal.application.ConflictException;
import org.theopy.portal.application.RuleViolationException;
import org.theopy.portal.application.UnknownEntityException;

/** Small helpers for the view beans: messages, redirects, labels. */
final class Faces {

  private Faces() {}

  static void info(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
  }

  static void error(String clientId, String message) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  /** Keeps messages across a redirect. */
  static void keepMessages() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  static void redirect(String page) {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    try {
      context.redirect(context.getRequestContextPath() + page);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot redirect to " + page, e);
    }
  }

  static String label(String key) {
    ResourceBundle bundle =
        ResourceBundle.getBundle("org.theopy.portal.interfaces.web.messages", Locale.ENGLISH);
    return bundle.containsKey(key) ? bundle.getString(key) : key;
  }

  /**
   * Shows why a change was refused, one message per invalid field, and tells whether the exception
   * was one of the expected kinds.
   */
  static boolean showRefusal(RuntimeException e) {
    if (e instanceof ConstraintViolationException violations) {
      violations.getConstraintViolations().stream()
          .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
          .forEach(v -> error(null, fieldLabel(v) + ": " + v.getMessage()));
      return true;
    }
    if (e instanceof RuleViolationException
        || e instanceof ConflictException
        || e instanceof UnknownEntityException
        || e instanceof SecurityException) {
      error(null, e.getMessage());
      return true;
    }
    return false;
  }

  private static String fieldLabel(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    String last = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+\\]", "");
    String key = "field." + last;
    String label = label(key);
    if (label.equals(key)) {
      label = last;
    }
    java.util.regex.Matcher index = java.util.regex.Pattern.compile("\\[(\\d+)\\]").matcher(path);
    if (index.find()) {
      String owner = path.substring(0, path.indexOf('['));
      label = label(owner + ".item") + " " + (Integer.parseInt(index.group(1)) + 1) + ", " + label;
    }
    return label;
  }
}
