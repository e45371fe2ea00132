package com.opsflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, docs/adr/0011: every task form of the processes where people work a ticket users report about (incident,
 * its follow-up, problem, major incident) that shows the ticket number links the ticket's attachment page.
 */
class AttachmentLinksInFormsTest {

  private static final List<String> PROCESSES = List.of("incident-", "problem-", "major-");
  private static final String LINK = "<a href=\"/attachments/index.html?ticket={{ticketNumber}}\">";

  @Test
  void shouldLinkTheTicketsAttachmentsInEveryTaskFormThatShowsTheTicketNumber() throws IOException {
    List<String> checked = new ArrayList<>();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(f -> PROCESSES.stream().anyMatch(p -> f.getFileName().toString().startsWith(p)))
          .sorted().toList()) {
        JsonNode components = new ObjectMapper().readTree(form.toFile()).get("components");
        boolean showsTicket = false;
        String link = null;
        for (JsonNode component : components) {
          showsTicket |= "ticketNumber".equals(component.path("key").asText())
              && component.path("readonly").asBoolean(false);
          if ("Html_Attachments".equals(component.path("id").asText())) {
            link = component.path("content").asText();
          }
        }
        if (showsTicket) {
          assertThat(link).as(form.toString()).isNotNull().contains(LINK);
          checked.add(form.getFileName().toString());
        }
      }
    }
    assertThat(checked).contains("incident-followup-handle-escalated.form", "incident-followup-verify-solution.form",
        "incident-followup-call-back.form", "problem-vendor-answer.form", "major-respond.form");
  }
}
