package com.opsflow.intake;

import org.camunda.bpm.engine.ProcessEngineException;

/** Bad input from a user: names the field, so every way in can answer with a clear 4xx. */
public class InvalidInputException extends ProcessEngineException {

  private final String field;

  public InvalidInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** A caller tried to choose the ticket number. */
  public static InvalidInputException businessKeyGiven() {
    return new InvalidInputException("businessKey", "工单号由 OpsFlow 分配，请勿填写业务键 / the business key is the"
        + " ticket number that OpsFlow assigns; leave it empty");
  }

  public String field() {
    return field;
  }
}
