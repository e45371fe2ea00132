package com.opsflow.intake;

/** The input is well-formed but this user may not do it (e.g. review their own work): HTTP 403. */
public class ActionNotAllowedException extends InvalidInputException {

  public ActionNotAllowedException(String field, String message) {
    super(field, message);
  }
}
