package com.opsflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.incident.IncidentProcess;
import com.opsflow.ticket.TicketEvent;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Forms, decisions, models, element templates and code name the same values: nothing drifts apart. */
class ModelConsistencyTest {

  final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldOfferInTheStartFormExactlyTheValuesTheValidatorAccepts() throws IOException {
    JsonNode form = json.readTree(new File("forms/incident-start.form"));
    assertThat(values(form, "system")).containsExactlyElementsOf(IncidentProcess.SYSTEMS);
    assertThat(values(form, "channel")).containsExactlyElementsOf(IncidentProcess.CHANNELS);
    assertThat(values(form, "impact")).containsExactlyElementsOf(IncidentProcess.IMPACTS);
    assertThat(values(form, "urgency")).containsExactlyElementsOf(IncidentProcess.URGENCIES);
  }

  @Test
  void shouldRecordOnlyKnownTicketEventsAndSendOnlyExistingMailTemplates() throws IOException {
    Set<String> events = Arrays.stream(TicketEvent.values()).map(TicketEvent::code).collect(Collectors.toSet());
    Set<String> mails = mailTemplates();
    for (Path bpmn : files("processes", ".bpmn")) {
      String xml = Files.readString(bpmn);
      assertThat(inputs(xml, "ticketEvent")).as(bpmn.toString()).isSubsetOf(events);
      assertThat(inputs(xml, "notificationTemplate")).as(bpmn.toString()).isSubsetOf(mails);
    }
  }

  @Test
  void shouldOfferInTheElementTemplatesWhatTheDelegatesUnderstand() throws IOException {
    assertThat(choices("element-templates/record-on-ticket.json", "ticketEvent"))
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(TicketEvent.values()).map(TicketEvent::code).toList());
    assertThat(choices("element-templates/send-notification.json", "notificationTemplate"))
        .containsExactlyInAnyOrderElementsOf(mailTemplates());
  }

  @Test
  void shouldReferToEveryFormThatExistsAndToNoOther() throws IOException {
    Set<String> formIds = new TreeSet<>();
    for (Path form : files("forms", ".form")) {
      formIds.add(json.readTree(form.toFile()).get("id").asText());
      assertThat(form.getFileName().toString()).isEqualTo(json.readTree(form.toFile()).get("id").asText() + ".form");
    }
    Set<String> referenced = new TreeSet<>();
    for (Path bpmn : files("processes", ".bpmn")) {
      Matcher m = Pattern.compile("camunda:formRef=\"([^\"]+)\"").matcher(Files.readString(bpmn));
      while (m.find()) {
        referenced.add(m.group(1));
      }
    }
    assertThat(referenced).isEqualTo(formIds);
  }

  private List<String> values(JsonNode form, String key) {
    for (JsonNode c : form.get("components")) {
      if (key.equals(c.path("key").asText())) {
        List<String> values = new ArrayList<>();
        c.get("values").forEach(v -> values.add(v.get("value").asText()));
        return values;
      }
    }
    throw new AssertionError("no field " + key);
  }

  private List<String> choices(String template, String parameter) throws IOException {
    for (JsonNode property : json.readTree(new File(template)).get(0).get("properties")) {
      if (parameter.equals(property.path("binding").path("name").asText())) {
        List<String> values = new ArrayList<>();
        property.get("choices").forEach(c -> values.add(c.get("value").asText()));
        return values;
      }
    }
    throw new AssertionError("no parameter " + parameter + " in " + template);
  }

  private static Set<String> inputs(String xml, String name) {
    Set<String> values = new TreeSet<>();
    Matcher m = Pattern.compile("<camunda:inputParameter name=\"" + name + "\">([^<]+)<").matcher(xml);
    while (m.find()) {
      String value = m.group(1);
      if (!value.contains("${")) {
        values.add(value);
      } else {
        Matcher literal = Pattern.compile("'([a-z0-9-]+)'").matcher(value);
        while (literal.find()) {
          values.add(literal.group(1));
        }
      }
    }
    return values;
  }

  private static Set<String> mailTemplates() throws IOException {
    return files("src/main/resources/mail", ".txt").stream().map(p -> p.getFileName().toString().replace(".txt", ""))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<Path> files(String folder, String suffix) throws IOException {
    try (Stream<Path> s = Files.walk(Path.of(folder))) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
