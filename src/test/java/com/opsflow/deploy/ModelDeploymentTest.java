package com.opsflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.OpsFlowIntegrationTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.opsflow.support.ProcessDriver;

/** Models deploy under stable names, unchanged files make no new versions, a changed one still resolves. */
@OpsFlowIntegrationTest
class ModelDeploymentTest {

  @Autowired
  ProcessEngine engine;

  @Test
  void shouldDeployModelsUnderNamesRelativeToTheirFolders() {
    ProcessDefinition incident = latest("incident");
    assertThat(incident.getResourceName()).isEqualTo("processes/incident.bpmn");
    String first = engine.getRepositoryService().createDeploymentQuery().deploymentName(ModelDeploymentPlugin.DEPLOYMENT_NAME)
        .orderByDeploymentTime().asc().list().get(0).getId();
    assertThat(engine.getRepositoryService().getDeploymentResourceNames(first))
        .contains("processes/incident.bpmn", "processes/incident-followup.bpmn", "decisions/incident-priority.dmn",
            "decisions/escalation.dmn", "forms/incident-start.form");
  }

  @Test
  void shouldCreateNoNewVersionWhenTheModelsAreUnchanged() {
    long deployments = engine.getRepositoryService().createDeploymentQuery().count();
    int version = latest("incident").getVersion();

    new ModelDeploymentPlugin().postProcessEngineBuild(engine);

    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(latest("incident").getVersion()).isEqualTo(version);
  }

  @Test
  void shouldDeployAChangedProcessAsNewVersionWhoseFormsAndDecisionsStillResolve() throws Exception {
    Map<String, byte[]> models = new TreeMap<>(ModelDeploymentPlugin.findModels());
    String bpmn = new String(models.get("processes/incident.bpmn"), StandardCharsets.UTF_8);
    models.put("processes/incident.bpmn", bpmn.replace("事件管理\"", "事件管理 \"").getBytes(StandardCharsets.UTF_8));
    int version = latest("incident").getVersion();
    int followupVersion = latest("incident-followup").getVersion();

    ModelDeploymentPlugin.deploy(engine, models);

    ProcessDefinition changed = latest("incident");
    assertThat(changed.getVersion()).isEqualTo(version + 1);
    assertThat(latest("incident-followup").getVersion()).as("unchanged files keep their version")
        .isEqualTo(followupVersion);
    try (InputStream form = engine.getFormService().getDeployedStartForm(changed.getId())) {
      assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8)).contains("\"id\": \"incident-start\"");
    }
    ProcessInstance pi = new ProcessDriver(engine).startIncident(ProcessDriver.incidentVariables("oa", "city", "low"));
    assertThat(pi.getProcessDefinitionId()).isEqualTo(changed.getId());
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "priority")).isEqualTo("P3");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult().getName())
        .isEqualTo("查阅知识库并受理");

    ModelDeploymentPlugin.deploy(engine, ModelDeploymentPlugin.findModels()); // back to the files
  }

  /** Issue 14: during a rolling upgrade a node of the previous release restarts; its older models stay old. */
  @Test
  void shouldNotLetANodeWithOlderModelsRedeployThemAsTheNewestVersion() {
    Map<String, byte[]> newer = new TreeMap<>(ModelDeploymentPlugin.findModels());
    String bpmn = new String(newer.get("processes/incident.bpmn"), StandardCharsets.UTF_8);
    newer.put("processes/incident.bpmn", bpmn.replace("事件管理\"", "事件管理（新版）\"").getBytes(StandardCharsets.UTF_8));
    ModelDeploymentPlugin.deploy(engine, newer); // the upgraded node
    int upgraded = latest("incident").getVersion();
    long deployments = engine.getRepositoryService().createDeploymentQuery().count();
    try {
      assertThat(ModelDeploymentPlugin.olderThanDeployed(engine, ModelDeploymentPlugin.findModels()))
          .containsExactly("processes/incident.bpmn");
      new ModelDeploymentPlugin().postProcessEngineBuild(engine); // the old node restarts with the files

      assertThat(latest("incident").getVersion()).isEqualTo(upgraded);
      assertThat(latest("incident").getName()).contains("新版");
      assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
      assertThat(ModelDeploymentPlugin.olderThanDeployed(engine, newer)).as("the upgraded node is not older").isEmpty();
    } finally {
      ModelDeploymentPlugin.deploy(engine, ModelDeploymentPlugin.findModels()); // back to the files
    }
  }

  private ProcessDefinition latest(String key) {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
        .singleResult();
  }
}
