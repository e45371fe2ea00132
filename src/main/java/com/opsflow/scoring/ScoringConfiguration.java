package com.opsflow.scoring;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScoringProperties.class)
class ScoringConfiguration {

  @Bean
  ContractYears contractYears(ScoringProperties properties) {
    return new ContractYears(properties.contractStart());
  }
}
