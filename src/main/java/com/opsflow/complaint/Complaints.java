package com.opsflow.complaint;

import com.opsflow.engine.CurrentUser;
import com.opsflow.security.OpsFlowGroups;
import com.opsflow.worklog.FourEyes;
import com.opsflow.complaint.ComplaintProcess.Var;
import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.TaskCompletionValidator;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code complaint} ({@code ${complaints.…}}): registers the complaint, keeps the engineer
 * complained about out of the investigation of their own complaint (also as REST check: 403), and writes the
 * texts of the complaint mails.
 */
@Component("complaints")
public class Complaints implements TaskCompletionValidator {

  static final Map<String, String> CATEGORY_NAMES = Map.of("attitude", "服务态度", "timeliness", "处理不及时",
      "technical", "技术能力", "consulting", "咨询类问题", "external", "呼叫中心体系外", "other", "其他");

  private final ComplaintRegister register;
  private final ComplaintStartValidator startValidator;

  Complaints(ComplaintRegister register, ComplaintStartValidator startValidator) {
    this.register = register;
    this.startValidator = startValidator;
  }

  /** Start listener after {@code startIntake}: the register row. */
  public void register(DelegateExecution execution) {
    register.register(execution.getProcessBusinessKey(), execution.getProcessInstanceId(), text(execution, Var.SYSTEM),
        text(execution, Var.CHANNEL), text(execution, Var.REPORTER), text(execution, Var.SUMMARY),
        text(execution, Var.ENGINEER), text(execution, Var.RELATED_TICKET));
  }

  /** Complete listener of the investigation: engineer normalised and checked, investigator kept. */
  public void investigated(DelegateTask task) {
    String investigator = CurrentUser.of(task);
    String engineer = engineer(task.getVariables());
    checkNotOwnComplaint(named(task.getExecution().getProcessBusinessKey(), engineer), investigator, task.getAssignee());
    task.setVariable(Var.ENGINEER, engineer);
    task.setVariable(Var.INVESTIGATOR, investigator == null ? "" : investigator);
  }

  /** Recipients of the closing mail: the team lead and the engineer complained about, if any. */
  public String closeRecipients(DelegateExecution execution) {
    String engineer = text(execution, Var.ENGINEER);
    return OpsFlowGroups.TEAM_LEAD + (engineer == null || engineer.isBlank() ? "" : ",user:" + engineer);
  }

  /** The text of the complaint mails ({@code ${note}}). */
  public String note(DelegateExecution execution) {
    StringBuilder s = new StringBuilder();
    s.append("投诉内容：").append(text(execution, Var.DESCRIPTION)).append('\n');
    line(s, "相关工单：", text(execution, Var.RELATED_TICKET));
    line(s, "被投诉的驻场工程师：", text(execution, Var.ENGINEER));
    String category = text(execution, Var.CATEGORY);
    line(s, "投诉类型：", category == null ? null : CATEGORY_NAMES.getOrDefault(category, category));
    String result = text(execution, Var.RESULT);
    line(s, "调查结论：", result == null ? null : ComplaintProcess.SUBSTANTIATED.equals(result) ? "属实" : "不属实");
    line(s, "处理意见：", text(execution, Var.HANDLING));
    line(s, "回访记录：", text(execution, Var.CALLBACK_NOTE));
    return s.toString();
  }

  private static void line(StringBuilder s, String label, String value) {
    if (value != null && !value.isBlank()) {
      s.append(label).append(value).append('\n');
    }
  }

  @Override
  public String processKey() {
    return ComplaintProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return ComplaintProcess.Element.INVESTIGATE;
  }

  @Override
  public void validate(String userId, String assignee, Map<String, Object> submitted, Map<String, Object> current) {
    validate(new TaskRef(null, null, null, assignee), userId, submitted, current);
  }

  @Override
  public void validate(TaskRef task, String userId, Map<String, Object> submitted, Map<String, Object> current) {
    checkNotOwnComplaint(named(task.businessKey(), engineer(submitted.containsKey(Var.ENGINEER) ? submitted : current)),
        userId, task.assignee());
  }

  /**
   * The engineers a complaint names: the one in the complaint register (as recorded at intake — the
   * investigator's form may correct the engineer, never clear their own name off it; issue 9) and the one
   * the investigation names now.
   */
  private Set<String> named(String complaintNumber, String engineerNow) {
    return FourEyes.people(complaintNumber == null ? Optional.empty()
        : register.find(complaintNumber).map(ComplaintRegister.Complaint::engineer), engineerNow);
  }

  /** The engineer named in the variables: blank → null, else an existing user. */
  private String engineer(Map<String, Object> variables) {
    Object value = variables.get(Var.ENGINEER);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    String engineer = startValidator.engineer(variables);
    if (engineer == null) {
      throw new InvalidInputException(Var.ENGINEER, "字段 engineer（被投诉的驻场工程师）无效 / field 'engineer' is invalid");
    }
    return engineer;
  }

  private static void checkNotOwnComplaint(Set<String> engineers, String investigator, String assignee) {
    FourEyes.among(engineers, investigator, assignee).ifPresent(engineer -> {
      throw new ActionNotAllowedException(Var.FINDINGS, "被投诉的驻场工程师 " + engineer + " 不能调查针对自己的投诉，"
          + "请由其他项目组长调查 / the engineer complained about cannot investigate the complaint");
    });
  }

  static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : value.toString();
  }
}
