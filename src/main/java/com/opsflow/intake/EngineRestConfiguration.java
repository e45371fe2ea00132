package com.opsflow.intake;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adds OpsFlow's error answers to the engine REST API (engine-rest, Jersey). */
@Configuration
class EngineRestConfiguration {

  @Bean
  ResourceConfigCustomizer engineRestRefusals() {
    return config -> config.register(EngineRestExceptionMapper.class);
  }
}
