package com.opsflow.intake;

import java.util.Map;

/**
 * Checks the variables a process is started with. One implementation per process that takes user
 * input at its start; the engine listener and the REST filter both call it, so no way in skips it.
 */
public interface StartValidator {

  String processKey();

  /**
   * @return the variables to set on the new instance: normalised values (a boolean sent as "true")
   *     and defaults for optional variables that later steps rely on
   * @throws InvalidInputException naming the first bad field
   */
  Map<String, Object> validate(Map<String, Object> variables);

  /**
   * The same for a start through one start event (a process with a message start besides its form start
   * checks what that message carries); REST starts and by default every start event use {@link #validate(Map)}.
   */
  default Map<String, Object> validate(String startEventId, Map<String, Object> variables) {
    return validate(variables);
  }
}
