package com.opsflow.calendar;

import org.springframework.http.HttpStatus;

/** A calendar request without authentication (401) or without the right to change the calendar (403). */
class CalendarAccessException extends RuntimeException {

  private final HttpStatus status;
  private final String error;

  private CalendarAccessException(HttpStatus status, String error, String message) {
    super(message);
    this.status = status;
    this.error = error;
  }

  static CalendarAccessException unauthenticated() {
    return new CalendarAccessException(
        HttpStatus.UNAUTHORIZED, "unauthorized", "请先登录。Authentication is required.");
  }

  static CalendarAccessException forbidden() {
    return new CalendarAccessException(
        HttpStatus.FORBIDDEN,
        "forbidden",
        "只有信息技术部门（bureau-it）或管理员（camunda-admin）可以维护工作日历。"
            + "Only members of bureau-it or camunda-admin may change the business calendar.");
  }

  HttpStatus status() {
    return status;
  }

  String error() {
    return error;
  }
}
