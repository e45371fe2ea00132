package com.opsflow.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** opsflow.security.*: demo users (default profile only) and the first administrator. */
@ConfigurationProperties("opsflow.security")
record SecurityProperties(boolean demoUsers, Admin admin) {

  SecurityProperties {
    admin = admin == null ? new Admin(null, null) : admin;
  }

  record Admin(String id, String password) {

    boolean given() {
      return id != null && !id.isBlank() && password != null && !password.isBlank();
    }
  }
}
