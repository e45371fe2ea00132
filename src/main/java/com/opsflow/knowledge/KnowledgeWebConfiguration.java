package com.opsflow.knowledge;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class KnowledgeWebConfiguration implements WebMvcConfigurer {

  private final IdentityService identityService;

  KnowledgeWebConfiguration(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new KnowledgeAccessInterceptor(identityService)).addPathPatterns("/api/knowledge/**");
  }
}
