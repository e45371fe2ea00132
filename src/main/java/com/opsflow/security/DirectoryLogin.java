package com.opsflow.security;

import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Profile {@code ldap} (issue 16): users, passwords and group memberships come from the bureau's directory (LDAP or
 * Active Directory) through Camunda's LDAP identity provider; the database identity stays the default. The
 * directory's groups map to SPEC §1's groups by their id attribute ({@code opsflow.ldap.group-id-attribute}, cn
 * by default): a directory group whose id is {@code service-desk} is the service desk, and so on, including
 * {@code camunda-admin}. Authorizations and filters stay in OpsFlow's database, keyed by those ids. No demo users
 * and no users created at startup: the directory is read-only.
 */
@Configuration(proxyBeanMethods = false)
@Profile("ldap")
@EnableConfigurationProperties(DirectoryLogin.LdapProperties.class)
class DirectoryLogin {

  @Bean
  LdapIdentityProviderPlugin ldapIdentityProviderPlugin(LdapProperties ldap) {
    if (ldap.url() == null || ldap.url().isBlank() || ldap.baseDn() == null || ldap.baseDn().isBlank()) {
      throw new IllegalStateException("Profile ldap needs the directory: set OPSFLOW_LDAP_URL (e.g."
          + " ldaps://ad.bureau.example:636) and OPSFLOW_LDAP_BASE_DN (e.g. dc=bureau,dc=example)");
    }
    LdapIdentityProviderPlugin plugin = new LdapIdentityProviderPlugin();
    plugin.setServerUrl(ldap.url());
    plugin.setUseSsl(ldap.url().startsWith("ldaps:"));
    plugin.setManagerDn(ldap.managerDn());
    plugin.setManagerPassword(ldap.managerPassword());
    plugin.setBaseDn(ldap.baseDn());
    plugin.setUserSearchBase(ldap.userSearchBase());
    plugin.setUserSearchFilter(ldap.userSearchFilter());
    plugin.setUserIdAttribute(ldap.userIdAttribute());
    plugin.setUserFirstnameAttribute(ldap.userFirstnameAttribute());
    plugin.setUserLastnameAttribute(ldap.userLastnameAttribute());
    plugin.setUserEmailAttribute(ldap.userEmailAttribute());
    plugin.setGroupSearchBase(ldap.groupSearchBase());
    plugin.setGroupSearchFilter(ldap.groupSearchFilter());
    plugin.setGroupIdAttribute(ldap.groupIdAttribute());
    plugin.setGroupNameAttribute(ldap.groupNameAttribute());
    plugin.setGroupMemberAttribute(ldap.groupMemberAttribute());
    plugin.setSortControlSupported(ldap.sortControlSupported());
    plugin.setAuthorizationCheckEnabled(true);
    return plugin;
  }

  /** opsflow.ldap.*: where the directory is and how its entries read (defaults fit OpenLDAP's inetOrgPerson). */
  @ConfigurationProperties("opsflow.ldap")
  record LdapProperties(String url, String managerDn, String managerPassword, String baseDn, String userSearchBase,
      String userSearchFilter, String userIdAttribute, String userFirstnameAttribute, String userLastnameAttribute,
      String userEmailAttribute, String groupSearchBase, String groupSearchFilter, String groupIdAttribute,
      String groupNameAttribute, String groupMemberAttribute, boolean sortControlSupported) {

    LdapProperties {
      userSearchBase = or(userSearchBase, "ou=people");
      userSearchFilter = or(userSearchFilter, "(objectclass=person)");
      userIdAttribute = or(userIdAttribute, "uid");
      userFirstnameAttribute = or(userFirstnameAttribute, "givenName");
      userLastnameAttribute = or(userLastnameAttribute, "sn");
      userEmailAttribute = or(userEmailAttribute, "mail");
      groupSearchBase = or(groupSearchBase, "ou=groups");
      groupSearchFilter = or(groupSearchFilter, "(objectclass=groupOfNames)");
      groupIdAttribute = or(groupIdAttribute, "cn");
      groupNameAttribute = or(groupNameAttribute, "description");
      groupMemberAttribute = or(groupMemberAttribute, "member");
    }

    private static String or(String value, String fallback) {
      return value == null || value.isBlank() ? fallback : value;
    }
  }
}
