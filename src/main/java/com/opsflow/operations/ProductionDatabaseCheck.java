package com.opsflow.operations;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * The {@code prod} profile refuses to start on the embedded H2 database (issue 14): production data lives
 * in PostgreSQL, shared by every node. Checked before any bean exists, so nothing is created in an H2 file
 * by mistake; the message names the settings to give. An explicitly configured in-memory H2 ({@code
 * jdbc:h2:mem:}, which keeps nothing and is never a default) stays possible for trying the profile out.
 */
public class ProductionDatabaseCheck implements EnvironmentPostProcessor {

  static final String MESSAGE = "生产配置（prod）不能使用内置 H2 数据库：请设置 OPSFLOW_DB_URL（如"
      + " jdbc:postgresql://<主机>:5432/opsflow）并以 SPRING_PROFILES_ACTIVE=prod,postgres 启动 / the prod profile"
      + " refuses the embedded H2 database: set OPSFLOW_DB_URL (e.g. jdbc:postgresql://<host>:5432/opsflow) and run with"
      + " SPRING_PROFILES_ACTIVE=prod,postgres; spring.datasource.url is ";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of("prod"))) {
      return;
    }
    String url = environment.getProperty("spring.datasource.url", "");
    if (url.isBlank() || (startsWith(url, "jdbc:h2:") && !startsWith(url, "jdbc:h2:mem:"))) {
      throw new IllegalStateException(MESSAGE + (url.isBlank() ? "(empty)" : url));
    }
  }

  private static boolean startsWith(String url, String prefix) {
    return url.regionMatches(true, 0, prefix, 0, prefix.length());
  }
}
