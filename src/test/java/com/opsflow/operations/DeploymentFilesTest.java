package com.opsflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Issue 14: the packaging files are checked with what these machines have (no container runtime): the
 * compose file describes two prod nodes on one PostgreSQL behind the balancer, exactly one of them installs
 * the engine schema, the balancer knows both nodes, and every OPSFLOW_* setting the files give is one
 * OpsFlow reads.
 */
class DeploymentFilesTest {

  static final Path DEPLOY = Path.of("deploy");

  @SuppressWarnings("unchecked")
  @Test
  void shouldDescribeTwoProductionNodesOnOnePostgresBehindTheBalancer() throws IOException {
    Map<String, Object> compose = new Yaml().load(Files.readString(DEPLOY.resolve("compose.yaml")));
    Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
    assertThat(services).containsKeys("postgres", "opsflow-1", "opsflow-2", "mail", "balancer");
    int installers = 0;
    for (String node : List.of("opsflow-1", "opsflow-2")) {
      Map<String, Object> env = (Map<String, Object>) services.get(node).get("environment");
      assertThat(env.get("SPRING_PROFILES_ACTIVE")).as(node).isEqualTo("prod,postgres");
      assertThat(env.get("OPSFLOW_DB_URL")).as(node).asString().startsWith("jdbc:postgresql://postgres:5432/");
      assertThat(env.get("TZ")).as(node).isEqualTo("Asia/Shanghai");
      if ("true".equals(env.get("OPSFLOW_DB_SCHEMA_UPDATE"))) {
        installers++;
      }
    }
    assertThat(installers).as("nodes installing the engine schema").isEqualTo(1);

    String nginx = Files.readString(DEPLOY.resolve("nginx.conf"));
    assertThat(nginx).contains("server opsflow-1:8080", "server opsflow-2:8080", "ip_hash", "location /camunda/");
    assertThat(Files.readString(DEPLOY.resolve("Dockerfile"))).contains("TZ=Asia/Shanghai", "/livez",
        "SPRING_PROFILES_ACTIVE=prod,postgres");
    assertThat(Files.readString(DEPLOY.resolve("opsflow.service"))).contains("[Service]", "ExecStart=",
        "TZ=Asia/Shanghai", "SPRING_PROFILES_ACTIVE=prod,postgres", "EnvironmentFile=", "Restart=on-failure");
  }

  @Test
  void shouldNameOnlySettingsOpsFlowReads() throws IOException {
    String configuration = Files.readString(Path.of("src/main/resources/application.yaml"));
    Pattern setting = Pattern.compile("OPSFLOW_[A-Z_]+");
    for (String file : List.of("compose.yaml", "opsflow.service", "Dockerfile")) {
      Matcher m = setting.matcher(Files.readString(DEPLOY.resolve(file)));
      while (m.find()) {
        assertThat(configuration).as("%s names %s", file, m.group()).contains("${" + m.group() + ":");
      }
    }
  }
}
