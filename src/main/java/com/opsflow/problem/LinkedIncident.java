package com.opsflow.problem;

import java.time.LocalDateTime;

/** An incident linked to a problem, and whether it was told when the problem ended. */
public record LinkedIncident(String incidentNumber, String summary, String status, LocalDateTime linkedAt,
    String linkedBy, LocalDateTime notifiedAt, String notifyResult) {
}
