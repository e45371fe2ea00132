package com.opsflow.mail;

import org.springframework.stereotype.Component;

/** Exposes mail settings to the models: {@code ${notificationSettings.retryCycle}}. */
@Component("notificationSettings")
public class NotificationSettings {

  private final MailProperties properties;

  NotificationSettings(MailProperties properties) {
    this.properties = properties;
  }

  public String getRetryCycle() {
    return properties.retryCycle();
  }
}
