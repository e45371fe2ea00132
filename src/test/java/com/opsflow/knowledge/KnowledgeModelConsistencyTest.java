package com.opsflow.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The knowledge forms offer exactly the systems and categories the validator accepts; ids match the model. */
class KnowledgeModelConsistencyTest {

  final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"knowledge-start", "knowledge-draft", "knowledge-review"})
  void shouldOfferExactlyTheCategoriesAndSystemsTheValidatorAccepts(String formId) throws IOException {
    JsonNode form = json.readTree(new File("forms/" + formId + ".form"));
    assertThat(values(form, "category")).containsExactlyElementsOf(KnowledgeProcess.CATEGORIES.keySet());
    if (!formId.equals("knowledge-review")) {
      assertThat(values(form, "system")).containsExactlyElementsOf(KnowledgeProcess.SYSTEMS);
    }
  }

  @Test
  void shouldNameInTheModelTheElementsAndMessageTheCodeUses() throws IOException {
    String xml = Files.readString(Path.of("processes/knowledge.bpmn"));
    for (String id : List.of(KnowledgeProcess.Element.START_BY_HAND, KnowledgeProcess.Element.START_REQUESTED,
        KnowledgeProcess.Element.DRAFT, KnowledgeProcess.Element.SUBMIT, KnowledgeProcess.Element.REVIEW,
        KnowledgeProcess.Element.PUBLISH, KnowledgeProcess.Element.RECORD_REJECTION,
        KnowledgeProcess.Element.END_PUBLISHED)) {
      assertThat(xml).contains("id=\"" + id + "\"");
    }
    assertThat(xml).contains("name=\"" + KnowledgeProcess.DRAFT_REQUESTED_MESSAGE + "\"");
  }

  @Test
  void shouldOfferInTheElementTemplateAndUseInTheModelOnlyTheStepsTheDelegateKnows() throws IOException {
    JsonNode template = json.readTree(new File("element-templates/knowledge-step.json")).get(0);
    List<String> choices = new ArrayList<>();
    for (JsonNode property : template.path("properties")) {
      if ("knowledgeAction".equals(property.path("binding").path("name").asText())) {
        property.path("choices").forEach(c -> choices.add(c.path("value").asText()));
      }
    }
    assertThat(choices).containsExactlyElementsOf(KnowledgeProcess.ACTIONS);
    String xml = Files.readString(Path.of("processes/knowledge.bpmn"));
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
        "<camunda:inputParameter name=\"knowledgeAction\">([^<]*)</camunda:inputParameter>").matcher(xml);
    List<String> used = new ArrayList<>();
    while (m.find()) {
      used.add(m.group(1));
    }
    assertThat(used).containsExactlyInAnyOrderElementsOf(KnowledgeProcess.ACTIONS);
  }

  private static List<String> values(JsonNode form, String key) {
    List<String> values = new ArrayList<>();
    for (JsonNode c : form.path("components")) {
      if (key.equals(c.path("key").asText())) {
        c.path("values").forEach(v -> values.add(v.path("value").asText()));
      }
    }
    return values;
  }
}
