package com.opsflow.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Users a test needs beyond the demo users (a team lead who is also an engineer, a stranger…), created in the
 * test's Spring context and deleted after each test with their memberships:
 *
 * <pre>{@code
 * @RegisterExtension final TestUsers users = new TestUsers();
 * users.create(LEAD_ENGINEER, "组长兼二线", "second-line", "team-lead");
 * }</pre>
 */
public final class TestUsers implements BeforeEachCallback, AfterEachCallback {

  /** The password of the users created here, as of the demo users. */
  public static final String PASSWORD = "demo";

  private final List<String> created = new ArrayList<>();
  private IdentityService identity;

  @Override
  public void beforeEach(ExtensionContext context) {
    identity = SpringExtension.getApplicationContext(context).getBean(IdentityService.class);
  }

  /** A user with the password {@value #PASSWORD}, in {@code groups}; its id is returned. */
  public String create(String id, String firstName, String... groups) {
    return createWithPassword(id, firstName, PASSWORD, groups);
  }

  public String createWithPassword(String id, String firstName, String password, String... groups) {
    if (identity == null) {
      throw new IllegalStateException("TestUsers works inside a test method: register it with @RegisterExtension");
    }
    User user = identity.newUser(id);
    user.setFirstName(firstName);
    user.setLastName("测试");
    user.setPassword(password);
    identity.saveUser(user);
    created.add(id);
    for (String group : groups) {
      identity.createMembership(id, group);
    }
    return id;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<String> users = new ArrayList<>(created);
    Collections.reverse(users);
    users.forEach(identity::deleteUser);
    created.clear();
  }
}
