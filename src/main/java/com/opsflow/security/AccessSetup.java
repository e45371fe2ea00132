package com.opsflow.security;

import static com.opsflow.security.OpsFlowGroups.ADMIN;
import static com.opsflow.security.OpsFlowGroups.WORK_GROUPS;

import com.opsflow.cluster.StartupLock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Creates at startup, idempotently: the groups of SPEC §1 and camunda-admin, their authorizations ({@link AccessPolicy}
 * and every feature's {@link AuthorizationContributor}),
 * the Tasklist filters ({@link TasklistFilters}), the demo users (default profile only), and the first
 * administrator from the environment. Without demo users and without any administrator, startup
 * stops with a message saying what to set.
 */
@Component
class AccessSetup implements InitializingBean {

  static final String DEMO_PASSWORD = "demo";
  static final String MY_TASKS_FILTER = TasklistFilters.MY_TASKS;
  private static final Logger LOG = LoggerFactory.getLogger(AccessSetup.class);

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;
  private final SecurityProperties properties;
  private final StartupLock startupLock;
  private final List<AuthorizationContributor> contributors;

  AccessSetup(ProcessEngine engine, SecurityProperties properties, StartupLock startupLock,
      List<AuthorizationContributor> contributors) {
    this.startupLock = startupLock;
    this.contributors = contributors;
    this.identity = engine.getIdentityService();
    this.authorizations = engine.getAuthorizationService();
    this.filters = engine.getFilterService();
    this.tasks = engine.getTaskService();
    this.properties = properties;
  }

  @Override
  public void afterPropertiesSet() {
    // nodes starting together on a new database set up one after the other (issue 14)
    startupLock.run("access-setup", this::setUp);
  }

  void setUp() {
    boolean directory = identity.isReadOnly();
    if (!directory) {
      ensureGroup(ADMIN, "系统管理员", "SYSTEM");
      ensureGroup(OpsFlowGroups.MONITORING, "运行监控", "SYSTEM");
      WORK_GROUPS.forEach((id, name) -> ensureGroup(id, name, "WORKFLOW"));
    }
    for (Resource resource : Resources.values()) {
      grant(ADMIN, resource, "*", Permissions.ALL);
    }
    AccessPolicy.grants(contributors).forEach(g -> grant(g.groupId(), g.resource(), g.resourceId(), g.permissions()));
    narrowTaskGrants();
    ensureFilters();
    if (directory) {
      // users and groups live in the bureau's directory (profile ldap): nothing to create, the grants above are
      // keyed by the directory's group ids
      LOG.info("Users and groups come from the directory; {} administrators there",
          identity.createUserQuery().memberOfGroup(ADMIN).count());
    } else if (properties.demoUsers()) {
      createDemoUsers();
    } else {
      ensureAdministrator();
    }
  }

  private void ensureGroup(String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).singleResult() == null) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
    }
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).singleResult();
    Authorization auth = existing != null ? existing : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    if (existing == null) {
      auth.setGroupId(groupId);
      auth.setResource(resource);
      auth.setResourceId(resourceId);
    }
    boolean changed = existing == null;
    for (Permission permission : permissions) {
      if (!auth.isPermissionGranted(permission)) {
        auth.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(auth);
    }
  }

  /**
   * Tasks created before {@code defaultUserPermissionNameForTask = TASK_WORK} gave their candidates and
   * assignee UPDATE, which lets them rewrite the task's variables: such grants on single tasks become
   * TASK_WORK (claim, complete). Grants on all tasks ("*") are the policy's and stay as they are.
   */
  private void narrowTaskGrants() {
    int narrowed = 0;
    for (Authorization auth : authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
        .hasPermission(Permissions.UPDATE).list()) {
      if (Authorization.ANY.equals(auth.getResourceId()) || ADMIN.equals(auth.getGroupId())
          || auth.getAuthorizationType() != Authorization.AUTH_TYPE_GRANT) {
        continue;
      }
      auth.removePermission(Permissions.UPDATE);
      auth.addPermission(Permissions.TASK_WORK);
      authorizations.saveAuthorization(auth);
      narrowed++;
    }
    if (narrowed > 0) {
      LOG.info("Narrowed {} task grants from UPDATE to TASK_WORK (candidates no longer rewrite task variables)", narrowed);
    }
  }

  /**
   * The filters of {@link TasklistFilters}: created when missing; an existing one (an older OpsFlow's) gets the
   * list columns if it has none. Group filters are readable by their group, the others by everybody.
   */
  private void ensureFilters() {
    for (TasklistFilters.Spec spec : TasklistFilters.all()) {
      List<Filter> existing = filters.createFilterQuery().filterName(spec.name()).list();
      if (existing.isEmpty()) {
        Filter filter = filters.newTaskFilter(spec.name()).setQuery(spec.query().apply(tasks))
            .setProperties(spec.properties());
        filters.saveFilter(filter);
        grantFilter(spec, filter.getId());
        continue;
      }
      for (Filter filter : existing) {
        Map<String, Object> properties = filter.getProperties() == null ? new HashMap<>()
            : new HashMap<>(filter.getProperties());
        if (!properties.containsKey("variables")) {
          properties.put("variables", TasklistFilters.COLUMNS);
          filters.saveFilter(filter.setProperties(properties));
        }
      }
    }
  }

  private void grantFilter(TasklistFilters.Spec spec, String filterId) {
    if (spec.groups() != null) {
      spec.groups().forEach(group -> grant(group, Resources.FILTER, filterId, Permissions.READ));
      return;
    }
    Authorization all = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    all.setUserId(Authorization.ANY);
    all.setResource(Resources.FILTER);
    all.setResourceId(filterId);
    all.addPermission(Permissions.READ);
    authorizations.saveAuthorization(all);
  }

  static String filterName(String groupName) {
    return TasklistFilters.groupFilterName(groupName);
  }

  private void createDemoUsers() {
    ensureUser("admin", "admin", "管理员", "系统", "admin@opsflow.local", ADMIN);
    WORK_GROUPS.forEach((id, name) -> ensureUser("demo-" + id, DEMO_PASSWORD, name, "演示", "demo-" + id + "@opsflow.local", id));
    LOG.warn("Demo users are active (admin/admin, demo-<group>/demo): use the prod profile for real data");
  }

  private void ensureUser(String id, String password, String firstName, String lastName, String email, String... groups) {
    if (identity.createUserQuery().userId(id).singleResult() == null) {
      User user = identity.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(email);
      user.setPassword(password);
      identity.saveUser(user);
    }
    Arrays.stream(groups)
        .filter(g -> identity.createUserQuery().userId(id).memberOfGroup(g).count() == 0)
        .forEach(g -> identity.createMembership(id, g));
  }

  private void ensureAdministrator() {
    SecurityProperties.Admin admin = properties.admin();
    if (admin.given()) {
      ensureUser(admin.id(), admin.password(), "管理员", "系统", null, ADMIN);
      return;
    }
    if (identity.createUserQuery().memberOfGroup(ADMIN).count() == 0) {
      throw new IllegalStateException("OpsFlow has no administrator: set OPSFLOW_ADMIN_USER and OPSFLOW_ADMIN_PASSWORD"
          + " for the first start (the prod profile creates no user with a known password)");
    }
  }
}
