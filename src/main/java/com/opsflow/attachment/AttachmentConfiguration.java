package com.opsflow.attachment;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling // DraftSweep removes expired drafts hourly
@EnableConfigurationProperties(AttachmentProperties.class)
class AttachmentConfiguration {
}
