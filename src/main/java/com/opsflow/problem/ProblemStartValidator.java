package com.opsflow.problem;

import static com.opsflow.problem.ProblemProcess.Var;

import com.opsflow.incident.IncidentProcess;
import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.StartValidator;
import com.opsflow.ticket.TicketService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The start variables of a problem: {@code problemType} (program | requirement), {@code system} (the
 * primary system), {@code systems} (optional, further systems involved, comma-separated), {@code summary},
 * {@code description}, {@code linkedIncidents} (optional, comma-separated incident numbers that must exist).
 * Sets {@code systems} to the full list and {@code multiSystem} when more than one system is involved.
 */
@Component
class ProblemStartValidator implements StartValidator {

  private static final Pattern INCIDENT = Pattern.compile("INC-\\d{8}-\\d{4,}");

  private final TicketService tickets;
  private final ProblemService problems;

  ProblemStartValidator(TicketService tickets, ProblemService problems) {
    this.tickets = tickets;
    this.problems = problems;
  }

  @Override
  public String processKey() {
    return ProblemProcess.KEY;
  }

  @Override
  public Map<String, Object> validate(Map<String, Object> v) {
    Map<String, Object> clean = new HashMap<>();
    clean.put(Var.PROBLEM_TYPE, Fields.oneOf(v, Var.PROBLEM_TYPE, "问题类型", new LinkedHashSet<>(ProblemProcess.TYPES)));
    String system = Fields.oneOf(v, Var.SYSTEM, "主要系统", new LinkedHashSet<>(IncidentProcess.SYSTEMS));
    Set<String> systems = new LinkedHashSet<>();
    systems.add(system);
    String others = Fields.optionalText(v, Var.SYSTEMS, "涉及的其他系统", 100);
    for (String s : others == null ? new String[0] : others.split("[,，\\s]+")) {
      if (s.isBlank()) {
        continue;
      }
      if (!IncidentProcess.SYSTEMS.contains(s)) {
        throw new InvalidInputException(Var.SYSTEMS, "字段 systems（涉及的其他系统）的值 '" + s + "' 无效，可选值："
            + IncidentProcess.SYSTEMS + " / field 'systems' has unknown system '" + s + "'");
      }
      systems.add(s);
    }
    clean.put(Var.SYSTEM, system);
    clean.put(Var.SYSTEMS, String.join(",", systems));
    clean.put(Var.MULTI_SYSTEM, systems.size() > 1);
    clean.put(Var.SUMMARY, Fields.requiredText(v, Var.SUMMARY, "问题摘要", 200));
    clean.put(Var.DESCRIPTION, Fields.requiredLines(v, Var.DESCRIPTION, "问题描述", 4000));
    Set<String> incidents = new LinkedHashSet<>();
    String linked = Fields.optionalText(v, Var.LINKED_INCIDENTS, "关联事件单号", 1000);
    for (String n : linked == null ? new String[0] : linked.split("[,，\\s]+")) {
      if (n.isBlank()) {
        continue;
      }
      if (!INCIDENT.matcher(n).matches() || tickets.find(n).filter(t -> "incident".equals(t.ticketType())).isEmpty()) {
        throw new InvalidInputException(Var.LINKED_INCIDENTS, "字段 linkedIncidents（关联事件单号）中的 '" + n
            + "' 不是已登记的事件单 / field 'linkedIncidents': no incident '" + n + "'");
      }
      String other = problems.linkedProblem(n).orElse(null);
      if (other != null) {
        throw new InvalidInputException(Var.LINKED_INCIDENTS, "事件单 " + n + " 已关联问题单 " + other
            + " / incident " + n + " is already linked to problem " + other);
      }
      incidents.add(n);
    }
    clean.put(Var.LINKED_INCIDENTS, String.join(",", incidents));
    return clean;
  }
}
