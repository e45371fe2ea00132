package com.opsflow.leave;

import java.util.Map;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/** Post grades of the demo engineers (default profile only), so that they can cover each other's leave. */
@Component
@ConditionalOnProperty(name = "opsflow.security.demo-users", havingValue = "true")
@DependsOn("accessSetup") // the demo users must exist first
class DemoStaffGrades implements InitializingBean {

  static final Map<String, Integer> GRADES = Map.of("demo-service-desk", 2, "demo-second-line", 3, "demo-team-lead", 4);

  private final StaffGrades grades;

  DemoStaffGrades(StaffGrades grades) {
    this.grades = grades;
  }

  @Override
  public void afterPropertiesSet() {
    GRADES.forEach((user, grade) -> {
      if (grades.gradeOf(user).isEmpty()) {
        grades.record(user, grade, "demo");
      }
    });
  }
}
