package com.opsflow.schedule;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The cron of each scheduled process's timer start event ({@code ${scheduleTicks.tick('backup')}}): property
 * {@code opsflow.schedule.tick.<process>}, default every day at 08:00 in the server's zone (the bureau's). Evaluated
 * when the model is deployed, so it depends on nothing of the engine.
 */
@Component("scheduleTicks")
public class ScheduleTicks {

  public static final String PROPERTY = "opsflow.schedule.tick.";
  public static final String DEFAULT_TICK = "0 0 8 * * ?";

  private final Environment environment;

  ScheduleTicks(Environment environment) {
    this.environment = environment;
  }

  public String tick(String process) {
    return environment.getProperty(PROPERTY + process, DEFAULT_TICK);
  }
}
