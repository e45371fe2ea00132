package com.opsflow.calendar;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling // CalendarCoverage checks every morning for next year's holidays
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarConfiguration {}
