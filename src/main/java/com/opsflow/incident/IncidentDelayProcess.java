package com.opsflow.incident;

import com.opsflow.ticket.TicketVariables;

/**
 * 登记延期 (B-2.3.13(4)): the Tasklist way to record a delay the user agreed to, beside {@code POST
 * /api/incidents/{n}/delay}. An instance runs under the incident's ticket number and records through
 * {@link IncidentDelays}, like the REST endpoint. Process key {@code incident-delay} is new (not in SPEC §3).
 */
public final class IncidentDelayProcess {

  public static final String KEY = "incident-delay";

  private IncidentDelayProcess() {
  }

  public static final class Var {
    public static final String TICKET_NUMBER = TicketVariables.TICKET_NUMBER;
    public static final String REASON = IncidentDelays.REASON;
    public static final String CONSENTED_BY = IncidentDelays.CONSENTED_BY;
    public static final String CONSENTED_AT = IncidentDelays.CONSENTED_AT;
    public static final String AGREED_RESOLVE_AT = IncidentDelays.AGREED_RESOLVE_AT;
    /** Who recorded the delay (the authenticated starter). */
    public static final String RECORDED_BY = "delayRecordedBy";

    private Var() {
    }
  }

  public static final class Element {
    public static final String START = "StartEvent_DelayAgreed";
    public static final String END = "EndEvent_DelayRecorded";

    private Element() {
    }
  }
}
