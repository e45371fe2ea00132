package com.opsflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: what Tasklist and Modeler users rely on in every model. A user task with a deadline clock carries it as
 * its due date (Tasklist sorts by it and flags overdue work); a task one of the element templates fits uses that
 * template (Modeler shows its Chinese fields instead of raw properties).
 */
class ModelerUsabilityTest {

  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

  @Test
  void shouldGiveEveryUserTaskWithADeadlineClockThatClockAsItsDueDate() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (Path file : models()) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
        TimerEventDefinition timer = boundary.getEventDefinitions().stream()
            .filter(TimerEventDefinition.class::isInstance).map(TimerEventDefinition.class::cast).findFirst().orElse(null);
        if (timer == null || timer.getTimeDate() == null || timer.getTimeDate().getTextContent().toLowerCase()
            .contains("reminder")) {
          continue; // cycles and durations are reminders or waits, not deadlines
        }
        String clock = timer.getTimeDate().getTextContent().trim();
        List<UserTask> tasks = new ArrayList<>();
        if (boundary.getAttachedTo() instanceof UserTask task) {
          tasks.add(task);
        } else if (boundary.getAttachedTo() instanceof SubProcess sub) {
          sub.getChildElementsByType(UserTask.class).forEach(tasks::add);
        }
        for (UserTask task : tasks) {
          if (task.getCamundaDueDate() == null) {
            wrong.add(file.getFileName() + " " + task.getId() + " has no due date, its clock is " + clock);
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void shouldLinkEveryTaskAnElementTemplateFitsToThatTemplate() throws IOException {
    Map<String, String[]> templates = templatesByDelegate();
    assertThat(templates).isNotEmpty();
    List<String> wrong = new ArrayList<>();
    int linked = 0;
    for (Path file : models()) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      List<Task> tasks = new ArrayList<>(model.getModelElementsByType(ServiceTask.class));
      tasks.addAll(model.getModelElementsByType(SendTask.class));
      for (Task task : tasks) {
        String delegate = task.getAttributeValueNs(CAMUNDA, "delegateExpression");
        String[] template = delegate == null ? null : templates.get(delegate);
        if (template == null) {
          continue;
        }
        String used = task.getAttributeValueNs(CAMUNDA, "modelerTemplate");
        String version = task.getAttributeValueNs(CAMUNDA, "modelerTemplateVersion");
        if (!template[0].equals(used) || !template[1].equals(version)) {
          wrong.add(file.getFileName() + " " + task.getId() + " (" + delegate + ") should use template " + template[0]
              + " version " + template[1] + ", uses " + used + " " + version);
        } else {
          linked++;
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(linked).as("tasks linked to a template").isGreaterThan(50);
  }

  /** delegate expression → [template id, version] of the element templates in element-templates/. */
  private static Map<String, String[]> templatesByDelegate() throws IOException {
    Map<String, String[]> byDelegate = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(Path.of("element-templates"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        JsonNode root = json.readTree(file.toFile());
        for (JsonNode template : root.isArray() ? root : json.createArrayNode().add(root)) {
          for (JsonNode property : template.get("properties")) {
            if ("camunda:delegateExpression".equals(property.path("binding").path("name").asText())) {
              byDelegate.put(property.get("value").asText(),
                  new String[] {template.get("id").asText(), template.path("version").asText("1")});
            }
          }
        }
      }
    }
    return byDelegate;
  }

  private static List<Path> models() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("processes"))) {
      return s.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
    }
  }
}
