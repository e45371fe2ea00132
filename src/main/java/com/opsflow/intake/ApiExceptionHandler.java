package com.opsflow.intake;

import java.util.Map;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of OpsFlow's own /api as JSON {"error", "message"[, "field"]} with the right status. */
@RestControllerAdvice(basePackages = "com.opsflow")
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiExceptionHandler {

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Map<String, String>> invalid(InvalidInputException e) {
    return ResponseEntity.badRequest().body(Map.of("error", "bad-request", "field", e.field(), "message", e.getMessage()));
  }

  @ExceptionHandler(ActionNotAllowedException.class)
  ResponseEntity<Map<String, String>> notAllowed(ActionNotAllowedException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", "forbidden", "field", e.field(),
        "message", e.getMessage()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
    return ResponseEntity.badRequest().body(Map.of("error", "bad-request",
        "message", "请求体不是有效的 JSON / request body is not valid JSON"));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, String>> forbidden(AuthorizationException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", "forbidden", "message", e.getMessage()));
  }

  @ExceptionHandler(NoSuchElementException.class)
  ResponseEntity<Map<String, String>> notFound(NoSuchElementException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "not-found", "message", e.getMessage()));
  }
}
