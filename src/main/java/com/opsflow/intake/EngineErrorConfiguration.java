package com.opsflow.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** {@link EngineErrorFilter} on the engine REST API and the webapps' API, inside authentication and validation. */
@Configuration(proxyBeanMethods = false)
class EngineErrorConfiguration {

  @Bean
  FilterRegistrationBean<EngineErrorFilter> engineErrorFilter(ProcessEngine engine, ObjectMapper objectMapper) {
    FilterRegistrationBean<EngineErrorFilter> registration = new FilterRegistrationBean<>(
        new EngineErrorFilter(engine, objectMapper));
    registration.setName("opsflow-engine-errors");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }
}
