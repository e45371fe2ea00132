package com.opsflow.calendarmaintenance;

import java.util.List;

/** Ids and variables of {@code processes/calendar-maintenance.bpmn} 节假日维护 (issue 16). */
public final class CalendarMaintenanceProcess {

  public static final String KEY = "calendar-maintenance";
  public static final String START_FORM = "calendar-maintenance-start";

  /** What the entry does to the day: a holiday, a worked weekend day (调休上班), or the entry removed. */
  public static final String HOLIDAY = "holiday";
  public static final String WORKDAY = "workday";
  public static final String REMOVE = "remove";
  public static final List<String> CHANGES = List.of(HOLIDAY, WORKDAY, REMOVE);

  /** Process variables. */
  public static final class Var {
    public static final String DAY = "day";
    public static final String CHANGE = "change";
    public static final String NAME = "name";
    public static final String RECORDED_BY = "recordedBy";

    private Var() {
    }
  }

  private CalendarMaintenanceProcess() {
  }
}
