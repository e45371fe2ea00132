package com.opsflow.ticket;

/** What the desk records when a ticket is opened. */
public record NewTicket(
    String ticketNumber,
    String ticketType,
    String processInstanceId,
    String system,
    String channel,
    String reporter,
    String reporterEmail,
    String summary,
    String description,
    String impact,
    String urgency,
    boolean importantPeriod,
    String createdBy) {
}
