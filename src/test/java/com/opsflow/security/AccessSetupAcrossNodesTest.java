package com.opsflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.OpsFlowIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14: nodes starting together on a new database set up groups, grants and filters once, without
 * failing on each other (in the PostgreSQL suite this is the real race; H2 serialises by itself).
 */
@OpsFlowIntegrationTest
class AccessSetupAcrossNodesTest {

  @Autowired
  AccessSetup setup;
  @Autowired
  ProcessEngine engine;

  @Test
  void shouldSetUpOnceWhenSeveralNodesStartTogether() throws Exception {
    String filterName = AccessSetup.filterName(OpsFlowGroups.WORK_GROUPS.get(OpsFlowGroups.QUALITY));
    engine.getIdentityService().deleteGroup(OpsFlowGroups.MONITORING);
    for (Filter filter : engine.getFilterService().createFilterQuery().filterName(filterName).list()) {
      engine.getFilterService().deleteFilter(filter.getId());
    }

    ExecutorService nodes = Executors.newFixedThreadPool(3);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<?>> started = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        started.add(nodes.submit(() -> {
          go.await();
          setup.afterPropertiesSet();
          return null;
        }));
      }
      go.countDown();
      for (Future<?> node : started) {
        node.get(60, TimeUnit.SECONDS); // none failed on another's insert
      }
    } finally {
      nodes.shutdownNow();
    }
    assertThat(engine.getIdentityService().createGroupQuery().groupId(OpsFlowGroups.MONITORING).count()).isEqualTo(1);
    assertThat(engine.getFilterService().createFilterQuery().filterName(filterName).count()).isEqualTo(1);
  }
}
