package com.opsflow.attachment;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * opsflow.attachments.* (issue 16, docs/adr/0011): the figures are the bureau's to confirm (待采购方确认). {@code maxSize}
 * per file; {@code maxPerTicket} files per ticket; {@code allowedTypes} the file types by their name extension (each is
 * also checked against the content, {@link AttachmentPolicy}); {@code draftHours} how long a file uploaded before the
 * ticket exists waits for the uploader's next intake; {@code maxDraftsPerUser} files waiting per user;
 * {@code intakeProcesses} the processes whose start claims the starter's waiting files.
 */
@ConfigurationProperties("opsflow.attachments")
public record AttachmentProperties(DataSize maxSize, Integer maxPerTicket, List<String> allowedTypes, Integer draftHours,
    Integer maxDraftsPerUser, List<String> intakeProcesses) {

  static final List<String> DEFAULT_TYPES = List.of("png", "jpg", "jpeg", "gif", "pdf", "txt", "log", "docx", "xlsx");

  public AttachmentProperties {
    maxSize = maxSize == null ? DataSize.ofMegabytes(10) : maxSize;
    maxPerTicket = maxPerTicket == null ? 20 : maxPerTicket;
    allowedTypes = allowedTypes == null || allowedTypes.isEmpty() ? DEFAULT_TYPES
        : allowedTypes.stream().map(t -> t.trim().toLowerCase(Locale.ROOT).replaceFirst("^\\.", "")).toList();
    draftHours = draftHours == null ? 24 : draftHours;
    maxDraftsPerUser = maxDraftsPerUser == null ? 10 : maxDraftsPerUser;
    intakeProcesses = intakeProcesses == null ? List.of("incident") : List.copyOf(intakeProcesses);
    if (maxSize.toBytes() < 1 || maxPerTicket < 1 || draftHours < 1 || maxDraftsPerUser < 1) {
      throw new IllegalStateException("opsflow.attachments: max-size, max-per-ticket, draft-hours and"
          + " max-drafts-per-user must be positive");
    }
    for (String type : allowedTypes) {
      if (FileType.byExtension(type).isEmpty()) {
        throw new IllegalStateException("opsflow.attachments.allowed-types: unknown type '" + type + "', known: "
            + FileType.EXTENSIONS);
      }
    }
  }

  /** The policy these figures make. */
  public AttachmentPolicy policy() {
    return new AttachmentPolicy(maxSize.toBytes(), allowedTypes);
  }
}
