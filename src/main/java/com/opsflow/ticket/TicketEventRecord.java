package com.opsflow.ticket;

import java.time.LocalDateTime;

/** One audit entry of a ticket: what happened, when, and who did it. */
public record TicketEventRecord(String eventType, LocalDateTime occurredAt, String actor, String detail) {
}
