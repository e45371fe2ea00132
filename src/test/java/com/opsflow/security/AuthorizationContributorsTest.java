package com.opsflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.OpsFlowIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.authorization.Permission;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11: each feature declares its own authorizations and security collects them. The grants, added up per
 * group, resource and resource id as {@link AccessSetup} stores them, are exactly those of the single policy class
 * before the move (captured in {@code security/grants-before-issue-11.txt}).
 */
@OpsFlowIntegrationTest
class AuthorizationContributorsTest {

  @Autowired
  List<AuthorizationContributor> contributors;

  @Test
  void shouldGrantExactlyWhatTheSinglePolicyGrantedBeforeTheFeaturesDeclaredTheirOwn() throws IOException {
    String before;
    try (InputStream in = getClass().getResourceAsStream("/security/grants-before-issue-11.txt")) {
      before = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(effective(AccessPolicy.grants(contributors))).isEqualTo(before);
  }

  @Test
  void shouldDeclareEachFeaturesGrantsInThatFeaturesOwnPackage() {
    List<String> packages = contributors.stream().map(c -> c.getClass().getPackageName()).toList();

    assertThat(packages).doesNotHaveDuplicates().doesNotContain(AccessPolicy.class.getPackageName())
        .contains("com.opsflow.incident", "com.opsflow.archive", "com.opsflow.survey");
  }

  /** One line per group, resource type and resource id with the union of its permissions, sorted. */
  static String effective(List<Grant> grants) {
    Map<String, TreeSet<String>> byTarget = new TreeMap<>();
    for (Grant grant : grants) {
      byTarget.computeIfAbsent(grant.groupId() + " " + grant.resource().resourceName() + " " + grant.resourceId(),
          key -> new TreeSet<>()).addAll(Arrays.stream(grant.permissions()).map(Permission::getName).toList());
    }
    StringBuilder lines = new StringBuilder();
    byTarget.forEach((target, permissions) -> lines.append(target).append(' ')
        .append(String.join(",", permissions)).append('\n'));
    return lines.toString();
  }
}
