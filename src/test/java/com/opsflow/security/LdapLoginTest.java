package com.opsflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowApplication;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 16: bureaus keep their staff in LDAP / Active Directory. With profile {@code ldap} (beside {@code prod})
 * a directory user logs in with the directory's password, belongs to the SPEC §1 groups the directory gives, sees
 * that group's Tasklist filter and may use /api as that group; a wrong password or an unknown user is refused. The
 * directory is an in-memory LDAP server on loopback.
 */
@Tag("integration")
class LdapLoginTest {

  private static final String BASE = "dc=bureau,dc=example";
  private static InMemoryDirectoryServer directory;
  private static ConfigurableApplicationContext opsflow;

  @BeforeAll
  static void startDirectoryAndOpsFlow() throws Exception {
    InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
    config.addAdditionalBindCredentials("cn=manager," + BASE, "manager-secret");
    config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
    config.setSchema(null); // groupOfNames with members that are added later, inetOrgPerson without strict checks
    directory = new InMemoryDirectoryServer(config);
    directory.add("dn: " + BASE, "objectClass: top", "objectClass: domain", "dc: bureau");
    directory.add("dn: ou=people," + BASE, "objectClass: organizationalUnit", "ou: people");
    directory.add("dn: ou=groups," + BASE, "objectClass: organizationalUnit", "ou: groups");
    person("zhangsan", "张", "三", "zhang-secret");
    person("lisi", "李", "四", "li-secret");
    person("ops-admin", "管理", "员", "admin-secret");
    group("service-desk", "驻场支持岗（一线）", "zhangsan");
    group("second-line", "二线技术支持", "lisi");
    group("camunda-admin", "系统管理员", "ops-admin");
    directory.startListening();

    opsflow = new SpringApplicationBuilder(OpsFlowApplication.class).profiles("prod", "ldap").run(
        "--spring.datasource.url=jdbc:h2:mem:ldap-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
        "--spring.datasource.username=sa", "--opsflow.test.own-datasource=true",
        "--camunda.bpm.database.schema-update=true", "--camunda.bpm.job-execution.enabled=false",
        "--server.port=0", "--server.address=127.0.0.1",
        "--opsflow.ldap.url=ldap://127.0.0.1:" + directory.getListenPort(),
        "--opsflow.ldap.base-dn=" + BASE,
        "--opsflow.ldap.manager-dn=cn=manager," + BASE,
        "--opsflow.ldap.manager-password=manager-secret");
  }

  @AfterAll
  static void stop() {
    if (opsflow != null) {
      opsflow.close();
    }
    if (directory != null) {
      directory.shutDown(true);
    }
  }

  @Test
  void shouldLogInWithTheDirectoryPasswordAndRefuseAWrongOne() {
    IdentityService identity = opsflow.getBean(ProcessEngine.class).getIdentityService();
    assertThat(identity.isReadOnly()).isTrue();
    assertThat(identity.checkPassword("zhangsan", "zhang-secret")).isTrue();
    assertThat(identity.checkPassword("zhangsan", "wrong")).isFalse();
    assertThat(identity.checkPassword("nobody", "zhang-secret")).isFalse();
    assertThat(identity.createUserQuery().userId("zhangsan").singleResult().getFirstName()).isEqualTo("张");
    assertThat(identity.createUserQuery().userIdIn("admin", "demo-service-desk").count())
        .as("no demo users, no users created at startup").isZero();
  }

  @Test
  void shouldMapTheDirectorysGroupsToTheSpecGroups() {
    IdentityService identity = opsflow.getBean(ProcessEngine.class).getIdentityService();
    assertThat(identity.createGroupQuery().groupMember("zhangsan").list()).extracting(Group::getId)
        .containsExactly(OpsFlowGroups.SERVICE_DESK);
    assertThat(identity.createUserQuery().memberOfGroup(OpsFlowGroups.ADMIN).list()).extracting(u -> u.getId())
        .containsExactly("ops-admin");
    try {
      identity.setAuthentication("zhangsan", List.of(OpsFlowGroups.SERVICE_DESK));
      assertThat(opsflow.getBean(ProcessEngine.class).getFilterService().createFilterQuery().list())
          .extracting(Filter::getName).contains("驻场支持岗（一线）任务").doesNotContain("二线技术支持任务");
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  void shouldLetTheDirectoryUserUseTheApiAsTheirGroupOnly() throws Exception {
    assertThat(get("/api/calendar/days?year=2026", "zhangsan", "zhang-secret")).isEqualTo(200);
    assertThat(get("/api/calendar/days?year=2026", "zhangsan", "wrong")).isEqualTo(401);
    assertThat(get("/api/actuator/info", "zhangsan", "zhang-secret")).as("operators only").isEqualTo(403);
    assertThat(get("/api/actuator/info", "ops-admin", "admin-secret")).as("the directory's camunda-admin")
        .isEqualTo(200);
  }

  private static int get(String path, String user, String password) throws Exception {
    int port = ((WebServerApplicationContext) opsflow).getWebServer().getPort();
    String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Authorization", "Basic " + credentials).GET().build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static void person(String uid, String givenName, String sn, String password) throws Exception {
    directory.add("dn: uid=" + uid + ",ou=people," + BASE, "objectClass: top", "objectClass: person",
        "objectClass: organizationalPerson", "objectClass: inetOrgPerson", "uid: " + uid, "cn: " + givenName + sn,
        "givenName: " + givenName, "sn: " + sn, "mail: " + uid + "@bureau.example", "userPassword: " + password);
  }

  private static void group(String cn, String description, String... members) throws Exception {
    String[] lines = new String[4 + members.length];
    lines[0] = "dn: cn=" + cn + ",ou=groups," + BASE;
    lines[1] = "objectClass: groupOfNames";
    lines[2] = "cn: " + cn;
    lines[3] = "description: " + description;
    for (int i = 0; i < members.length; i++) {
      lines[4 + i] = "member: uid=" + members[i] + ",ou=people," + BASE;
    }
    directory.add(lines);
  }
}
