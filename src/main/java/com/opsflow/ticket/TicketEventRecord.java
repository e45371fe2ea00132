package com.opsflow.ticket;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.opsflow.text.Labels;
import java.time.LocalDateTime;

/** One audit entry of a ticket: what happened, when, and who did it. */
public record TicketEventRecord(String eventType, LocalDateTime occurredAt, String actor, String detail) {

  /** What happened, as people read it (issue 16): the event's Chinese label. */
  @JsonProperty("eventLabel")
  public String eventLabel() {
    return Labels.event(eventType);
  }
}
