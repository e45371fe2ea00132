package com.opsflow.intake;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The start validators of all processes, by process definition key. */
@Component
public class StartValidators {

  private final Map<String, StartValidator> byKey;

  StartValidators(List<StartValidator> validators) {
    this.byKey = validators.stream().collect(Collectors.toUnmodifiableMap(StartValidator::processKey, Function.identity()));
  }

  public Optional<StartValidator> forProcess(String processKey) {
    return Optional.ofNullable(byKey.get(processKey));
  }
}
