package com.opsflow.onsite;

import java.time.LocalDateTime;

/** A stored confirmation slip: the printable file and who recorded the user's confirmation, when. */
record StoredSlip(String ticketNumber, String processInstanceId, String fileName, String contentType, byte[] content,
    String recordedBy, LocalDateTime recordedAt) {
}
