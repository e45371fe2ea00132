package com.opsflow.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/**
 * One decision of a DMN file under {@code decisions/}, evaluated by a plain DMN engine (no process engine), for the
 * row-by-row decision tests: {@code DecisionTable.of("escalation")}.
 */
public final class DecisionTable {

  private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private final DmnDecision decision;

  private DecisionTable(DmnDecision decision) {
    this.decision = decision;
  }

  /** The decision {@code key} of {@code decisions/<key>.dmn} (one file per decision, named after it). */
  public static DecisionTable of(String key) {
    return parse("decisions/" + key + ".dmn", key);
  }

  /** The decision {@code key} of the DMN file at {@code file} (relative to the project's root). */
  public static DecisionTable parse(String file, String key) {
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      return new DecisionTable(ENGINE.parseDecision(key, in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  public DmnDecisionResult evaluate(Map<String, Object> inputs) {
    return ENGINE.evaluateDecision(decision, inputs);
  }

  public DmnDecision decision() {
    return decision;
  }
}
