package com.opsflow.schedule;

/** Variables every scheduled run carries, whatever its process (set by {@link ScheduledStarts}). */
public final class ScheduleVariables {

  public static final String SYSTEM = "system";
  /** The system's Chinese name, for the forms. */
  public static final String SYSTEM_NAME = "systemName";
  /** The operation, e.g. {@code daily-check}; a row of {@code operation-schedule}. */
  public static final String SCHEDULE = "schedule";
  public static final String SCHEDULE_LABEL = "scheduleLabel";
  public static final String FREQUENCY = "frequency";
  public static final String PERIOD_KEY = "periodKey";
  public static final String PERIOD_START = "periodStart";
  public static final String PERIOD_END = "periodEnd";
  /** The working day the run was due (ISO date). */
  public static final String DUE_ON = "dueOn";
  /** Candidate group of the run's tasks (DMN output {@code group}). */
  public static final String GROUP = "scheduleGroup";
  /** {@code timer} or the user who started the run in Tasklist. */
  public static final String STARTED_BY = "scheduledBy";
  /** false for an extra run by hand in a period the schedule had already started. */
  public static final String SCHEDULED = "scheduledRun";
  public static final String TIMER = "timer";

  private ScheduleVariables() {
  }
}
