package com.opsflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a notification instance starts with, the same for the "send notification" step and a register's request. */
class NotificationServiceTest {

  @Test
  void shouldStartANotificationWithEmptyTextsForNoAttachmentAndNoNote() {
    assertThat(NotificationService.variables("incident-registered", "reporter", "INC-1", null, null))
        .isEqualTo(Map.of(NotificationProcess.TEMPLATE, "incident-registered", NotificationProcess.RECIPIENTS,
            "reporter", NotificationProcess.TICKET_NUMBER, "INC-1", NotificationProcess.ATTACH_DOCUMENT, "",
            NotificationProcess.NOTE, ""));
  }

  @Test
  void shouldPassAnAttachmentAndANoteGivenAsOtherValuesAsText() {
    Map<String, Object> v = NotificationService.variables("major-status", "contacts", "INC-1",
        "major-incident-report", 3L);

    assertThat(v).containsEntry(NotificationProcess.ATTACH_DOCUMENT, "major-incident-report")
        .containsEntry(NotificationProcess.NOTE, "3");
  }
}
