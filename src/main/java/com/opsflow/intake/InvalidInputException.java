package com.opsflow.intake;

import org.camunda.bpm.engine.ProcessEngineException;

/** Bad input from a user: names the field, so every way in can answer with a clear 4xx. */
public class InvalidInputException extends ProcessEngineException {

  private final String field;

  public InvalidInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
