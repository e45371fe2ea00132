package com.opsflow.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Several cached Spring contexts in one test JVM each build an engine named "default", and the REST
 * API and webapps find "their" engine in Camunda's static registry, where the newest wins. Before each
 * test class, the class's own engine is registered again, so REST calls authenticate against the
 * engine whose services the test and the controllers use.
 */
public class ActiveProcessEngine extends AbstractTestExecutionListener {

  @Override
  public int getOrder() {
    return LOWEST_PRECEDENCE;
  }

  @Override
  public void beforeTestClass(TestContext testContext) {
    String[] engines = testContext.getApplicationContext().getBeanNamesForType(ProcessEngine.class);
    if (engines.length == 1) {
      ProcessEngines.registerProcessEngine(testContext.getApplicationContext().getBean(ProcessEngine.class));
    }
  }
}
