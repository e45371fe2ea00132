package com.opsflow.document;

import java.time.LocalDateTime;

/** A file kept with a ticket; {@code content} is null in listings. */
public record TicketDocument(long id, String ticketNumber, String kind, String fileName, String contentType,
    byte[] content, LocalDateTime createdAt, String createdBy) {
}
