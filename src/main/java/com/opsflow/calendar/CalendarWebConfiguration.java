package com.opsflow.calendar;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class CalendarWebConfiguration implements WebMvcConfigurer {

  private final IdentityService identityService;

  CalendarWebConfiguration(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new CalendarAccessInterceptor(identityService)).addPathPatterns("/api/calendar/**");
  }
}
