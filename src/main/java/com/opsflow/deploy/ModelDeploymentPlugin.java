package com.opsflow.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
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
 * resources become new versions, so a restart with unchanged files deploys nothing (docs/adr/0001). A node
 * whose models equal versions that were since replaced (an older release restarting during a rolling upgrade
 * of several nodes) deploys nothing and says so: it never turns older models into the newest version.
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
    List<String> older = olderThanDeployed(processEngine, models);
    if (!older.isEmpty()) {
      // a node of the previous release restarting during a rolling upgrade must not make its models the newest
      LOG.warn("Not deploying: this node's {} equal earlier versions of models that have since been replaced; this"
          + " node runs an older OpsFlow release than the one that deployed them (upgrade this node)", older);
      return;
    }
    deploy(processEngine, models);
  }

  /**
   * The models whose content differs from their latest deployed version but equals an earlier one: what an
   * older OpsFlow release carries. New content (never deployed) and unchanged content are not older.
   */
  static List<String> olderThanDeployed(ProcessEngine processEngine, Map<String, byte[]> models) {
    RepositoryService repository = processEngine.getRepositoryService();
    Map<String, List<String>> deploymentsByResource = new HashMap<>(); // newest first
    for (Deployment deployment : repository.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME)
        .orderByDeploymentTime().desc().list()) {
      for (String name : repository.getDeploymentResourceNames(deployment.getId())) {
        deploymentsByResource.computeIfAbsent(name, n -> new ArrayList<>()).add(deployment.getId());
      }
    }
    List<String> older = new ArrayList<>();
    models.forEach((name, bytes) -> {
      List<String> deployments = deploymentsByResource.getOrDefault(name, List.of());
      if (deployments.isEmpty() || Arrays.equals(bytes, read(repository, deployments.get(0), name))) {
        return;
      }
      for (String earlier : deployments.subList(1, deployments.size())) {
        if (Arrays.equals(bytes, read(repository, earlier, name))) {
          older.add(name);
          return;
        }
      }
    });
    return older;
  }

  private static byte[] read(RepositoryService repository, String deploymentId, String name) {
    try (InputStream in = repository.getResourceAsStream(deploymentId, name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name + " of deployment " + deploymentId, e);
    }
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
