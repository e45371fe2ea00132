package com.opsflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.intake.RequestValidationFilter;
import com.opsflow.intake.StartValidators;
import com.opsflow.intake.TaskCompletionValidators;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine REST API and OpsFlow's own /api require HTTP Basic against Camunda's users (the
 * webapps have their own login). Start requests are validated right after authentication.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class WebSecurityConfiguration {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("opsflow-rest-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<RequestValidationFilter> requestValidationFilter(StartValidators validators,
      TaskCompletionValidators completionValidators, ProcessEngine engine, ObjectMapper objectMapper) {
    FilterRegistrationBean<RequestValidationFilter> registration = new FilterRegistrationBean<>(
        new RequestValidationFilter(validators, completionValidators, engine, objectMapper));
    registration.setName("opsflow-request-validation");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
