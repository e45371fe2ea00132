package com.opsflow.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The three archive models against their constants: element ids, message, ticket prefixes and mail templates exist;
 * the forms offer exactly the codes the services accept and ask for the fields the seeds name (B-2.4.6.3(5)(6)).
 */
class ArchiveModelTest {

  final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldNameInTheModelsTheElementsMessagesAndPrefixesTheCodeUses() throws Exception {
    assertIdsExist("processes/archive.bpmn", ArchiveProcess.Element.class);
    assertIdsExist("processes/archive-loan.bpmn", ArchiveLoanProcess.Element.class);
    assertIdsExist("processes/archive-change.bpmn", ArchiveChangeProcess.Element.class);
    assertThat(Files.readString(Path.of("processes/archive.bpmn"))).contains("id=\"" + ArchiveProcess.KEY + "\"",
        "name=\"" + ArchiveProcess.MESSAGE + "\"", ">" + ArchiveProcess.MESSAGE + "<", "${scheduleTicks.tick('archive')}",
        "'" + ArchiveProcess.PREFIX + "'", ">" + ArchiveProcess.OVERDUE_TEMPLATE + "<", "candidateGroups=\"document-admin\"");
    assertThat(Files.readString(Path.of("processes/archive-loan.bpmn"))).contains(
        "id=\"" + ArchiveLoanProcess.KEY + "\"", "'" + ArchiveLoanProcess.PREFIX + "'",
        ">" + ArchiveLoanProcess.OVERDUE_TEMPLATE + "<", ">" + ArchiveLoanProcess.UNRETURNED_TEMPLATE + "<",
        ">" + ArchiveLoanProcess.DAMAGED_TEMPLATE + "<", "terminateEventDefinition");
    assertThat(Files.readString(Path.of("processes/archive-change.bpmn"))).contains(
        "id=\"" + ArchiveChangeProcess.KEY + "\"", "'" + ArchiveChangeProcess.PREFIX + "'",
        "candidateGroups=\"system-owner\"");
  }

  @Test
  void shouldOfferInTheFormsExactlyTheCodesTheServicesAccept() throws IOException {
    assertThat(values(form("archive-start"), "schedule")).containsExactly(ArchiveProcess.WEEKLY_HAND_IN);
    assertThat(values(form("archive-review"), ArchiveProcess.Var.DECISION))
        .containsExactlyElementsOf(ArchiveProcess.DECISIONS);
    assertThat(values(form("archive-loan-approve"), ArchiveLoanProcess.Var.DECISION))
        .containsExactlyElementsOf(ArchiveLoanProcess.DECISIONS);
    assertThat(values(form("archive-loan-return"), ArchiveLoanProcess.Var.CONDITION))
        .containsExactlyElementsOf(ArchiveLoanProcess.CONDITIONS);
    assertThat(values(form("archive-change-start"), ArchiveChangeProcess.Var.KIND))
        .containsExactlyElementsOf(ArchiveChangeProcess.KINDS);
    assertThat(values(form("archive-change-approve"), ArchiveChangeProcess.Var.DECISION))
        .containsExactlyElementsOf(ArchiveChangeProcess.DECISIONS);
    assertThat(keys(form("archive-submit").get("components"))).contains(ArchiveProcess.Var.DOCUMENTS,
        ArchiveProcess.Var.NO_DOCUMENTS, ArchiveProcess.Var.NOTE);
    assertThat(keys(form("archive-loan-start").get("components"))).containsExactly(ArchiveLoanProcess.Var.DOCUMENT,
        ArchiveLoanProcess.Var.BORROWER, ArchiveLoanProcess.Var.PURPOSE, ArchiveLoanProcess.Var.DUE_DATE);
    assertThat(form("archive-submit").toString()).contains("标题|类别|版本|页数或介质|备注", "B-2.4.6.3(5)");
  }

  @Test
  void shouldScheduleTheHandInOnFridaysInOperationSchedule() throws IOException {
    String dmn = Files.readString(Path.of("decisions/operation-schedule.dmn"));
    java.util.regex.Matcher processes = java.util.regex.Pattern
        .compile("<inputValues id=\"InputValues_process\"><text>([^<]*)</text>").matcher(dmn);
    assertThat(processes.find()).as("the process column lists its values").isTrue();
    assertThat(processes.group(1).split(",")).contains("\"archive\"");
    assertThat(dmn).contains("<text>\"" + ArchiveProcess.WEEKLY_HAND_IN + "\"</text>", "B-2.4.6.3(5)");
  }

  private static void assertIdsExist(String model, Class<?> constants) throws Exception {
    String xml = Files.readString(Path.of(model));
    for (Field f : constants.getFields()) {
      assertThat(xml).as("%s in %s", f.getName(), model).contains("id=\"" + f.get(null) + "\"");
    }
  }

  private JsonNode form(String id) throws IOException {
    return json.readTree(new File("forms/" + id + ".form"));
  }

  private static List<String> keys(JsonNode components) {
    List<String> keys = new ArrayList<>();
    for (JsonNode c : components) {
      if (c.has("key")) {
        keys.add(c.get("key").asText());
      }
    }
    return keys;
  }

  private static List<String> values(JsonNode form, String key) {
    for (JsonNode c : form.get("components")) {
      if (key.equals(c.path("key").asText())) {
        List<String> values = new ArrayList<>();
        c.get("values").forEach(v -> values.add(v.get("value").asText()));
        return values;
      }
    }
    throw new AssertionError("no field " + key);
  }
}
