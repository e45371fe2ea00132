package com.opsflow.ticket;

import java.time.LocalDateTime;

/** One row of the ticket register, as reports and the REST API read it. */
public record Ticket(
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
    String priority,
    Boolean major,
    String status,
    LocalDateTime createdAt,
    String createdBy,
    LocalDateTime responseDueAt,
    LocalDateTime resolveDueAt,
    LocalDateTime respondedAt,
    LocalDateTime resolvedAt,
    LocalDateTime closedAt,
    Boolean responseSlaMet,
    Boolean resolveSlaMet,
    LocalDateTime responseBreachedAt,
    LocalDateTime resolveBreachedAt,
    String handler,
    String handlerGroup,
    int escalationLevel,
    LocalDateTime escalatedAt,
    String problemNumber,
    String knowledgeArticleUsed,
    String solution,
    Boolean newKnowledgeCandidate,
    int reopenCount,
    String category) {
}
