package com.opsflow.webapp;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Fixes in what the Camunda webapps serve (docs/adr/0010-lists-in-forms.md). */
@Configuration
class WebappConfiguration {

  @Bean
  FilterRegistrationBean<FormJsErrorsPatch> formJsErrorsPatch(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
    FilterRegistrationBean<FormJsErrorsPatch> registration =
        new FilterRegistrationBean<>(new FormJsErrorsPatch(applicationPath));
    registration.setName("opsflow-form-js-errors-patch");
    registration.addUrlPatterns(applicationPath + "/lib/deps.js");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
