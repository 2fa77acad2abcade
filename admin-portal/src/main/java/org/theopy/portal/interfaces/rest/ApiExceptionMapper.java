package org.theopy.portal.interfaces.rest;

import static java.util.stream.Collectors.joining;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.theopy.portal.application.ConflictException;
import org.theopy.portal.application.RuleViolationException;
import org.theopy.portal.application.UnknownEntityException;

/**
 * Turns every failure of the API into a JSON {@link ApiError} with a precise status: 400 for
 * invalid or malformed input (with the fields at fault), 403 for a missing role, 404 for unknown
 * ids, 409 for conflicts, the framework's own 405/406/413/415, and 500 with only a reference for
 * anything unexpected (the details go to the server log, never to the client).
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

  /** How the JDK names a missing enumeration constant: "No enum constant a.b.Level.HUGE". */
  private static final Pattern NO_ENUM_CONSTANT =
      Pattern.compile("No enum constant ([\\w.$]+)\\.([^\\s.]+)");

  @Override
  public Response toResponse(Throwable exception) {
    Throwable e = unwrap(exception);
    ApiError error;
    if (e instanceof ConstraintViolationException violations) {
      List<ApiError.FieldViolation> fields =
          violations.getConstraintViolations().stream()
              .map(
                  v ->
                      new ApiError.FieldViolation(
                          field(v.getPropertyPath().toString()), v.getMessage()))
              .sorted(Comparator.comparing(ApiError.FieldViolation::field))
              .toList();
      error = new ApiError(400, "validation_failed", "the input has invalid values", fields);
    } else if (e instanceof RuleViolationException rule) {
      error =
          new ApiError(
              400,
              "validation_failed",
              rule.getMessage(),
              List.of(new ApiError.FieldViolation(rule.field(), rule.getMessage())));
    } else if (e instanceof UnknownEntityException) {
      error = ApiError.of(404, "not_found", e.getMessage());
    } else if (e instanceof ConflictException) {
      error = ApiError.of(409, "conflict", e.getMessage());
    } else if (e instanceof OptimisticLockException) {
      error = ApiError.of(409, "conflict", "changed by someone else meanwhile: reload and retry");
    } else if (e instanceof SecurityException) {
      error = ApiError.of(403, "forbidden", e.getMessage());
    } else if (e instanceof JsonbException) {
      error =
          unknownChoice(e)
              .orElseGet(
                  () ->
                      ApiError.of(
                          400,
                          "malformed_json",
                          "the body is not valid JSON for this resource: " + brief(e)));
    } else if (e instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      error = ApiError.of(status, kind(status), web.getMessage());
    } else if (e instanceof ProcessingException) {
      error = ApiError.of(400, "malformed_json", "the body cannot be read: " + brief(e));
    } else {
      String reference = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "api: unexpected failure, reference " + reference, exception);
      error = ApiError.of(500, "internal_error", "unexpected failure, reference " + reference);
    }
    return Response.status(error.status())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(error)
        .build();
  }

  private static Throwable unwrap(Throwable exception) {
    Throwable e = exception;
    for (int depth = 0; depth < 10 && e.getCause() != null; depth++) {
      if (e instanceof ConstraintViolationException
          || e instanceof UnknownEntityException
          || e instanceof ConflictException
          || e instanceof RuleViolationException
          || e instanceof SecurityException
          || e instanceof JsonbException
          || e instanceof OptimisticLockException
          || (e instanceof WebApplicationException && !(e.getCause() instanceof JsonbException))) {
        return e;
      }
      e = e.getCause();
    }
    return e;
  }

  /**
   * Recognises JSON-B's failure to read a value that is not one of an enumeration's constants (such
   * as {@code "impact": "HUGE"}) and answers with the value and the accepted ones instead of the
   * library's wording. JSON-B reports this only in its messages, and without the property's name,
   * so the answer names the value but not the field; when the messages do not match, the caller
   * falls back to the general "not valid JSON" answer.
   */
  private static Optional<ApiError> unknownChoice(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      Matcher constant = NO_ENUM_CONSTANT.matcher(String.valueOf(t.getMessage()));
      if (t instanceof IllegalArgumentException && constant.find()) {
        return constantsOf(constant.group(1))
            .map(
                accepted ->
                    ApiError.of(
                        400,
                        "validation_failed",
                        "'" + constant.group(2) + "' is not accepted: use one of " + accepted));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> constantsOf(String className) {
    // Only the portal's own enumerations are looked up: a message never makes us load other code.
    if (!className.startsWith("org.theopy.portal.")) {
      return Optional.empty();
    }
    try {
      Class<?> type = Class.forName(className, false, ApiExceptionMapper.class.getClassLoader());
      Object[] constants = type.getEnumConstants();
      if (constants == null) {
        return Optional.empty();
      }
      return Optional.of(
          Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).collect(joining(", ")));
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
  }

  private static String field(String path) {
    // Service methods validate the entity itself; drop a leading method or argument name.
    int arg = path.indexOf(".arg");
    return arg >= 0 ? path.substring(path.indexOf('.', arg + 1) + 1) : path;
  }

  private static String brief(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    message = message.replaceAll("\\s+", " ");
    return message.length() > 300 ? message.substring(0, 300) + "..." : message;
  }

  private static String kind(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 406 -> "not_acceptable";
      case 413 -> "body_too_large";
      case 415 -> "unsupported_media_type";
      default -> status >= 500 ? "internal_error" : "client_error";
    };
  }
}
