package com.opsflow.security;

import com.opsflow.engine.CurrentUser;
import com.opsflow.engine.EngineClock;
import com.opsflow.intake.ActionNotAllowedException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Login delays for administrators (camunda-admin): users with failed password attempts, and lifting a
 * delay (IdentityService.unlockUser clears the counter). The engine throttles logins per user; see the
 * loginDelay* generic properties in application.yaml.
 */
@RestController
@RequestMapping("/api/admin/login-delays")
class LoginDelayController {

  private final IdentityService identity;

  LoginDelayController(IdentityService identity) {
    this.identity = identity;
  }

  @GetMapping
  List<LoginDelay> delays() {
    requireAdministrator();
    Date now = Date.from(EngineClock.now());
    return identity.createUserQuery().orderByUserId().asc().list().stream()
        // attempts and lock expiry are on the engine's UserEntity only, no public API has them (issue 11)
        .filter(UserEntity.class::isInstance)
        .map(UserEntity.class::cast)
        .filter(u -> u.getAttempts() > 0 || u.getLockExpirationTime() != null)
        .map(u -> new LoginDelay(u.getId(), name(u), u.getAttempts(),
            u.getLockExpirationTime() == null ? null : u.getLockExpirationTime().toInstant(),
            u.getLockExpirationTime() != null && u.getLockExpirationTime().after(now)))
        .toList();
  }

  @DeleteMapping("/{userId}")
  ResponseEntity<Void> lift(@PathVariable String userId) {
    requireAdministrator();
    if (identity.createUserQuery().userId(userId).count() == 0) {
      throw new NoSuchElementException("用户 " + userId + " 不存在 / no user " + userId);
    }
    identity.unlockUser(userId);
    return ResponseEntity.noContent().build();
  }

  private void requireAdministrator() {
    if (!CurrentUser.inAny(identity, java.util.Set.of(OpsFlowGroups.ADMIN))) {
      throw new ActionNotAllowedException("user", "只有系统管理员可以查看和解除登录延迟"
          + " / only administrators see and lift login delays");
    }
  }

  private static String name(User user) {
    String name = (user.getLastName() == null ? "" : user.getLastName())
        + (user.getFirstName() == null ? "" : user.getFirstName());
    return name.isBlank() ? user.getId() : name;
  }

  /**
   * A user's failed logins since the last success; {@code delayed}: logins (even with the right password)
   * are refused until {@code delayedUntil}.
   */
  record LoginDelay(String userId, String name, int failedAttempts, Instant delayedUntil, boolean delayed) {
  }
}
