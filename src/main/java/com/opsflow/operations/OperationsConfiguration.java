package com.opsflow.operations;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Health and metrics for operators only: {@link ActuatorAccessFilter} right after the REST authentication. */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

  @Bean
  FilterRegistrationBean<ActuatorAccessFilter> actuatorAccessFilter(ProcessEngine engine) {
    FilterRegistrationBean<ActuatorAccessFilter> registration = new FilterRegistrationBean<>(
        new ActuatorAccessFilter(engine.getIdentityService()));
    registration.setName("opsflow-actuator-access");
    registration.addUrlPatterns("/api/actuator/*", "/api/actuator");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
    return registration;
  }
}
