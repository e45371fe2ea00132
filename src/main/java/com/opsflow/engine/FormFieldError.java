package com.opsflow.engine;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A refusal Tasklist shows at the form field it names, thrown from a task listener or a step while a form is
 * submitted. The engine's only such exception lives in an {@code impl} package, so it is named here only (issue 11).
 */
public final class FormFieldError {

  private FormFieldError() {
  }

  public static RuntimeException of(String field, String message) {
    return new FormFieldValidationException(field, message);
  }
}
