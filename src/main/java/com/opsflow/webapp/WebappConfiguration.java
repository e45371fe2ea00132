package com.opsflow.webapp;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Fixes in what the Camunda webapps serve (docs/adr/0010-lists-in-forms.md lists them). */
@Configuration
class WebappConfiguration {

  @Bean
  FilterRegistrationBean<FormJsErrorsPatch> formJsErrorsPatch(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
    return register("opsflow-form-js-errors-patch", new FormJsErrorsPatch(applicationPath));
  }

  /** Dates in the webapps' language (see {@link DateLocalePatch}). */
  @Bean
  FilterRegistrationBean<DateLocalePatch> dateLocalePatch(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
    return register("opsflow-date-locale-patch", new DateLocalePatch(applicationPath));
  }

  private static <T extends WebjarPatch> FilterRegistrationBean<T> register(String name, T patch) {
    FilterRegistrationBean<T> registration = new FilterRegistrationBean<>(patch);
    registration.setName(name);
    registration.setUrlPatterns(patch.paths());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
