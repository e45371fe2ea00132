package com.opsflow.calendar;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** JSON errors {@code {"error": …, "message": …}} for the calendar endpoints; messages name the field. */
@RestControllerAdvice(assignableTypes = CalendarController.class)
// ahead of any application-wide advice, which would otherwise answer the same exceptions first
@Order(Ordered.HIGHEST_PRECEDENCE)
class CalendarErrorAdvice {

  record ErrorBody(String error, String message) {}

  @ExceptionHandler(CalendarAccessException.class)
  ResponseEntity<ErrorBody> accessDenied(CalendarAccessException e) {
    return ResponseEntity.status(e.status()).body(new ErrorBody(e.error(), e.getMessage()));
  }

  @ExceptionHandler(CalendarDayNotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  ErrorBody notFound(CalendarDayNotFoundException e) {
    return new ErrorBody("not-found", e.getMessage());
  }

  @ExceptionHandler(IllegalArgumentException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ErrorBody badRequest(IllegalArgumentException e) {
    return badRequest(e.getMessage());
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ErrorBody missingParameter(MissingServletRequestParameterException e) {
    return badRequest(e.getParameterName() + " is required");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ErrorBody typeMismatch(MethodArgumentTypeMismatchException e) {
    return badRequest(e.getName() + " has an invalid value '" + e.getValue() + "'" + expected(e.getRequiredType()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ErrorBody unreadableBody(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field =
          mapping.getPath().stream()
              .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
              .collect(Collectors.joining("."));
      Class<?> target = mapping instanceof InvalidFormatException invalid ? invalid.getTargetType() : null;
      return badRequest(field + " has an invalid value" + expected(target));
    }
    return badRequest(
        "the request body is missing or is not a JSON object such as {\"type\":\"HOLIDAY\",\"name\":\"春节\"}");
  }

  private static ErrorBody badRequest(String message) {
    return new ErrorBody("bad-request", message);
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "";
    }
    if (type.isEnum()) {
      return "; expected one of "
          + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }
    if (type == LocalDate.class) {
      return "; expected an ISO date such as 2026-02-14";
    }
    return "; expected " + type.getSimpleName();
  }
}
