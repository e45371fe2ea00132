package com.opsflow.ticket;

import java.time.LocalDateTime;

/**
 * Which tickets a list, export or report selects; every field is optional (null selects all).
 *
 * @param kind a ticket type (process key, e.g. {@code incident}) or a number prefix (e.g. {@code PRB})
 * @param sla {@code met} (no clock missed, resolved in time) or {@code missed} (a response or resolution clock missed)
 * @param escalated true: escalated at least once; false: never escalated
 * @param createdFrom inclusive; {@code createdTo} exclusive, as {@code closedFrom}/{@code closedTo}
 * @param text words of the summary (case-insensitive substring)
 * @param major true: major incidents only; false: none of them
 * @param openAt open at that moment: created before it, neither resolved nor closed by then (the backlog of the KPIs)
 */
public record TicketFilter(String system, String kind, String status, String priority, String channel, String sla,
    Boolean escalated, LocalDateTime createdFrom, LocalDateTime createdTo, LocalDateTime closedFrom,
    LocalDateTime closedTo, String text, Boolean major, LocalDateTime openAt) {

  public TicketFilter(String system, String kind, String status, String priority, String channel, String sla,
      Boolean escalated, LocalDateTime createdFrom, LocalDateTime createdTo, LocalDateTime closedFrom,
      LocalDateTime closedTo, String text) {
    this(system, kind, status, priority, channel, sla, escalated, createdFrom, createdTo, closedFrom, closedTo, text,
        null, null);
  }

  public static final String SLA_MET = "met";
  public static final String SLA_MISSED = "missed";

  /** Every incident of {@code system} (null: all systems) created in [{@code from}, {@code to}). */
  public static TicketFilter incidentsCreated(String system, LocalDateTime from, LocalDateTime to) {
    return new TicketFilter(system, "incident", null, null, null, null, null, from, to, null, null, null);
  }
}
