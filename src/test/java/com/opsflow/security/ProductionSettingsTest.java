package com.opsflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.WebappProperty;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;

/**
 * application.yaml's security settings as the profiles resolve them, bound to the classes that read them
 * (a misspelt key would bind nothing): secure cookies and HSTS in {@code prod}, plain HTTP still working
 * in the default profile, and login delays without a permanent lock everywhere.
 */
class ProductionSettingsTest {

  @Test
  void shouldSendCookiesOnlyOverHttpsAndAskForHstsInProd() {
    Binder prod = binder("prod");
    assertThat(prod.bind("server", ServerProperties.class).get().getServlet().getSession().getCookie().getSecure())
        .isTrue();
    WebappProperty webapp = prod.bind("camunda.bpm", CamundaBpmProperties.class).get().getWebapp();
    assertThat(webapp.getSessionCookie().isEnableSecureCookie()).isTrue();
    assertThat(webapp.getCsrf().isEnableSecureCookie()).isTrue();
    assertThat(webapp.getHeaderSecurity().isHstsDisabled()).isFalse();
  }

  @Test
  void shouldKeepPlainHttpWorkingOutsideProd() {
    Binder local = binder();
    assertThat(local.bind("server", ServerProperties.class).get().getServlet().getSession().getCookie().getSecure())
        .isNotEqualTo(Boolean.TRUE);
    assertThat(local.bind("camunda.bpm", CamundaBpmProperties.class).get().getWebapp().getSessionCookie()
        .isEnableSecureCookie()).isFalse();
  }

  @Test
  void shouldDelayFailedLoginsWithoutEverLockingForGood() {
    for (Binder binder : new Binder[] {binder(), binder("prod")}) {
      var generic = binder.bind("camunda.bpm", CamundaBpmProperties.class).get().getGenericProperties().getProperties();
      assertThat(generic.get("loginMaxAttempts")).hasToString(String.valueOf(Integer.MAX_VALUE));
      assertThat(generic.get("loginDelayMaxTime")).hasToString("60");
      assertThat(generic.get("loginDelayBase")).hasToString("3");
      assertThat(generic.get("loginDelayFactor")).hasToString("2");
    }
  }

  private static Binder binder(String... profiles) {
    StandardEnvironment environment = new StandardEnvironment();
    ConfigDataEnvironmentPostProcessor.applyTo(environment, null, null, profiles);
    return Binder.get(environment);
  }
}
