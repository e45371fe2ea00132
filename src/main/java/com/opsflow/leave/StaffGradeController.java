package com.opsflow.leave;

import com.opsflow.engine.CurrentUser;
import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.security.OpsFlowGroups;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Post grades: anyone logged in reads them; the vendor's project manager (or an admin) records them. */
@RestController
@RequestMapping("/api/staff")
class StaffGradeController {

  static final Set<String> WRITER_GROUPS = Set.of(OpsFlowGroups.PROJECT_MANAGER, OpsFlowGroups.ADMIN);

  private final StaffGrades grades;
  private final IdentityService identityService;

  StaffGradeController(StaffGrades grades, IdentityService identityService) {
    this.grades = grades;
    this.identityService = identityService;
  }

  @GetMapping("/grades")
  List<StaffGrades.Grade> all() {
    return grades.all();
  }

  @GetMapping("/{userId}/grade")
  StaffGrades.Grade grade(@PathVariable String userId) {
    return grades.find(userId).orElseThrow(() -> new NoSuchElementException("用户 " + userId + " 没有登记岗位级别"
        + " / no post grade recorded for " + userId));
  }

  @PutMapping("/{userId}/grade")
  StaffGrades.Grade record(@PathVariable String userId, @RequestBody GradeChange change) {
    if (!CurrentUser.inAny(identityService, WRITER_GROUPS)) {
      throw new ActionNotAllowedException("grade", "只有项目经理可以登记岗位级别 / only the project manager records post grades");
    }
    return grades.record(userId, change.grade(), CurrentUser.of(identityService));
  }

  record GradeChange(Integer grade) {
  }
}
