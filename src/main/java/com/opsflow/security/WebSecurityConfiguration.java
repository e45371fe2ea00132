package com.opsflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.intake.RequestValidationFilter;
import com.opsflow.intake.StartValidators;
import com.opsflow.intake.TaskCompletionValidators;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.server.ConfigurableServletWebServerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine REST API and OpsFlow's own /api require HTTP Basic against Camunda's users (the
 * webapps have their own login; /api also reads with it, for the Cockpit dashboard). /api answers carry browser hardening headers. Start requests are
 * validated after authentication and, for the webapps, after Camunda's CSRF check.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class WebSecurityConfiguration {

  @Bean
  FilterRegistrationBean<ApiResponseHeaders> apiResponseHeaders() {
    FilterRegistrationBean<ApiResponseHeaders> registration = new FilterRegistrationBean<>(new ApiResponseHeaders());
    registration.setName("opsflow-api-response-headers");
    registration.addUrlPatterns("/api/*", "/engine-rest/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("opsflow-rest-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /**
   * /api (including the OpenAPI description and Swagger UI: /api/openapi, /api/docs, springdoc) takes HTTP Basic
   * and, for GET and HEAD only, the webapps' login session: the Cockpit dashboard reads /api/kpis with it
   * ({@link WebappSessionOrBasicAuthenticationProvider} says why that is safe against CSRF).
   */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("opsflow-api-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        WebappSessionOrBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /**
   * Start and task-completion validation runs after everything else on its paths. Camunda's webapp filters
   * (authentication, CsrfPreventionFilter, …) are added by the starter's CamundaBpmWebappInitializer with
   * "match after", so a FilterRegistrationBean bean, whatever its order, would run before all of them and
   * answer a forged webapp request without CSRF token with 400 instead of Camunda's 403. Added by the web
   * server factory, which runs its own initializers after all initializer beans, and matched after, the
   * validation follows Camunda's CSRF check on /camunda/api/engine/* and the REST authentication on
   * /engine-rest/*.
   */
  @Bean
  WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> requestValidationAfterCamundaFilters(
      ObjectProvider<StartValidators> validators, ObjectProvider<TaskCompletionValidators> taskValidators,
      ObjectProvider<ProcessEngine> engine, ObjectProvider<ObjectMapper> objectMapper) {
    return factory -> factory.addInitializers(servletContext -> {
      FilterRegistrationBean<RequestValidationFilter> registration = new FilterRegistrationBean<>(
          new RequestValidationFilter(validators.getObject(), taskValidators.getObject(), engine.getObject(),
              objectMapper.getObject(), OpsFlowGroups.ADMIN));
      registration.setName("opsflow-request-validation");
      registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
      registration.setMatchAfter(true);
      registration.onStartup(servletContext);
    });
  }
}
