package com.opsflow.mailintake;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailIntakeProperties.class)
@EnableScheduling // MailIntakeSchedule
class MailIntakeConfiguration {
}
