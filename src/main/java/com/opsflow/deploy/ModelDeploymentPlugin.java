package com.opsflow.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys processes/, decisions/ and forms/ from the classpath under names relative to the model
 * folders ("processes/incident.bpmn"), whether OpsFlow runs from Maven or from the jar. Only changed
 * resources become new versions, so a restart with unchanged files deploys nothing (docs/adr/0001).
 */
@Component
class ModelDeploymentPlugin extends AbstractProcessEnginePlugin {

  static final String DEPLOYMENT_NAME = "opsflow-models";
  static final String[] FOLDERS = {"processes", "decisions", "forms"};
  private static final Logger LOG = LoggerFactory.getLogger(ModelDeploymentPlugin.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    Map<String, byte[]> models = findModels();
    if (models.isEmpty()) {
      LOG.warn("No models found under {} on the classpath", String.join(", ", FOLDERS));
      return;
    }
    deploy(processEngine, models);
  }

  /** Deploys what changed since the last deployment of the same name; returns the deployment. */
  static Deployment deploy(ProcessEngine processEngine, Map<String, byte[]> models) {
    DeploymentBuilder builder = processEngine.getRepositoryService().createDeployment()
        .name(DEPLOYMENT_NAME)
        .source("opsflow")
        .enableDuplicateFiltering(true);
    models.forEach((name, bytes) -> builder.addInputStream(name, new java.io.ByteArrayInputStream(bytes)));
    Deployment deployment = builder.deploy();
    LOG.info("Deployed {} model resources (deployment {})", models.size(), deployment.getId());
    return deployment;
  }

  static Map<String, byte[]> findModels() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    Map<String, byte[]> models = new TreeMap<>();
    for (String folder : FOLDERS) {
      try {
        for (Resource resource : resolver.getResources("classpath*:" + folder + "/**/*.*")) {
          if (!resource.isReadable()) {
            continue;
          }
          String url = resource.getURL().toString();
          int at = url.lastIndexOf("/" + folder + "/");
          String name = url.substring(at + 1);
          try (InputStream in = resource.getInputStream()) {
            models.put(name, in.readAllBytes());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read models from " + folder + "/", e);
      }
    }
    return models;
  }
}
