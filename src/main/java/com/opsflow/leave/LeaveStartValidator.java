package com.opsflow.leave;

import com.opsflow.engine.CurrentUser;
import com.opsflow.engine.WithoutAuthorization;
import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.StartValidator;
import com.opsflow.leave.LeaveRequestProcess.Var;
import com.opsflow.ticket.TicketTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The start variables of a leave request (form leave-start). The applicant is the user starting the
 * instance (engine authentication); without one (a start by the system) the variable {@code applicant}
 * names them. The backup must be another resident engineer (service-desk or second-line) holding post grade 二级
 * or higher ({@link StaffGrades}).
 */
@Component
class LeaveStartValidator implements StartValidator {

  static final BigDecimal HALF = new BigDecimal("0.5");

  private final IdentityService identityService;
  private final ProcessEngineConfiguration configuration;
  private final TicketTime time;
  private final StaffGrades grades;

  LeaveStartValidator(IdentityService identityService, ProcessEngineConfiguration configuration, TicketTime time,
      StaffGrades grades) {
    this.identityService = identityService;
    this.configuration = configuration;
    this.time = time;
    this.grades = grades;
  }

  /** User look-ups regardless of the caller's rights: an engineer may name a colleague they cannot list. */
  private <T> T unchecked(Callable<T> query) {
    return WithoutAuthorization.inNewCommand(configuration, query);
  }

  @Override
  public String processKey() {
    return LeaveRequestProcess.KEY;
  }

  @Override
  public Map<String, Object> validate(Map<String, Object> v) {
    Map<String, Object> clean = new HashMap<>();
    clean.put(Var.LEAVE_TYPE, Fields.oneOf(v, Var.LEAVE_TYPE, "请假类型", new LinkedHashSet<>(LeaveRequestProcess.LEAVE_TYPES)));
    LocalDate from = date(v, Var.LEAVE_FROM, "开始日期");
    LocalDate to = date(v, Var.LEAVE_TO, "结束日期");
    if (to.isBefore(from)) {
      throw new InvalidInputException(Var.LEAVE_TO, "字段 leaveTo（结束日期）不能早于开始日期 " + from
          + " / field 'leaveTo' must not be before leaveFrom");
    }
    boolean sudden = Fields.optionalBoolean(v, Var.SUDDEN, "突发疾病或突发事件");
    LocalDate today = time.today();
    if (!sudden && from.isBefore(today)) {
      throw new InvalidInputException(Var.LEAVE_FROM, "字段 leaveFrom（开始日期）：请假须事先申请，开始日期不能早于今天 " + today
          + "；突发疾病或突发事件请勾选“突发” / field 'leaveFrom': leave is asked for in advance; tick 'sudden' for sudden illness");
    }
    if (sudden && from.isAfter(today)) {
      throw new InvalidInputException(Var.LEAVE_FROM, "字段 leaveFrom（开始日期）：突发情况的请假从今天 " + today
          + " 或之前开始；以后的请假请事先申请，不要勾选“突发” / field 'leaveFrom': a sudden leave starts today at the latest");
    }
    BigDecimal days = days(v, to.toEpochDay() - from.toEpochDay() + 1);
    clean.put(Var.LEAVE_FROM, from.toString());
    clean.put(Var.LEAVE_TO, to.toString());
    clean.put(Var.DAYS, days.doubleValue());
    clean.put(Var.SUDDEN, sudden);
    clean.put(Var.REASON, Fields.requiredLines(v, Var.REASON, "请假事由", 1000));
    String applicant = applicant(v);
    if (applicant != null) {
      clean.put(Var.APPLICANT, applicant);
    }
    clean.put(Var.BACKUP, backup(v, applicant));
    return clean;
  }

  /**
   * The authenticated user; else the variable {@code applicant}; else null (a Tasklist start seen by the
   * REST filter, before the engine knows the user: the start listener checks again with the user).
   */
  private String applicant(Map<String, Object> v) {
    String caller = CurrentUser.of(identityService);
    String applicant = caller != null ? caller : Fields.optionalText(v, Var.APPLICANT, "申请人", 64);
    if (applicant != null && !engineer(applicant)) {
      throw new InvalidInputException(Var.APPLICANT, "申请人 " + applicant + " 不是驻场支持或二线人员，不能通过本流程请假"
          + " / field 'applicant': only service-desk and second-line engineers ask for leave here");
    }
    return applicant;
  }

  private String backup(Map<String, Object> v, String applicant) {
    String backup = Fields.requiredText(v, Var.BACKUP, "备岗人员", 64);
    User user = unchecked(() -> identityService.createUserQuery().userId(backup).singleResult());
    if (user == null) {
      throw new InvalidInputException(Var.BACKUP, "字段 backupEngineer（备岗人员）：用户 " + backup + " 不存在"
          + " / field 'backupEngineer': no user " + backup);
    }
    if (backup.equals(applicant)) {
      throw new InvalidInputException(Var.BACKUP, "字段 backupEngineer（备岗人员）不能是申请人本人"
          + " / field 'backupEngineer' must be someone other than the applicant");
    }
    if (!engineer(backup)) {
      throw new InvalidInputException(Var.BACKUP, "字段 backupEngineer（备岗人员）：" + backup + " 不是驻场支持或二线人员"
          + " / field 'backupEngineer': " + backup + " is not in service-desk or second-line");
    }
    grades.checkBackup(Var.BACKUP, backup);
    return backup;
  }

  private boolean engineer(String userId) {
    return LeaveRequestProcess.ENGINEER_GROUPS.stream()
        .anyMatch(g -> unchecked(() -> identityService.createUserQuery().userId(userId).memberOfGroup(g).count()) > 0);
  }

  private LocalDate date(Map<String, Object> v, String field, String label) {
    return Fields.requiredDate(v, field, label, time.zone());
  }

  private static BigDecimal days(Map<String, Object> v, long span) {
    Object value = v.get(Var.DAYS);
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException(Var.DAYS, "字段 days（请假天数）必填 / field 'days' is required");
    }
    BigDecimal days;
    try {
      days = new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(Var.DAYS, "字段 days（请假天数）应为数字，收到 '" + value + "' / field 'days' must be a number");
    }
    if (days.signum() <= 0 || days.remainder(HALF).signum() != 0) {
      throw new InvalidInputException(Var.DAYS, "字段 days（请假天数）应为大于 0 的整天或半天，收到 " + value
          + " / field 'days' must be a positive multiple of 0.5");
    }
    if (days.compareTo(BigDecimal.valueOf(span)) > 0) {
      throw new InvalidInputException(Var.DAYS, "字段 days（请假天数）" + value + " 超过开始到结束日期的 " + span + " 天"
          + " / field 'days' exceeds the " + span + " calendar days from leaveFrom to leaveTo");
    }
    return days;
  }
}
