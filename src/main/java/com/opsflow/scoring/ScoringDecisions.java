package com.opsflow.scoring;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The two scoring decisions (SPEC §4 {@code score-item}, {@code score-action}): keys, input and output
 * names, output values, and the item codes of SPEC §5. The points themselves live only in
 * {@code decisions/score-item.dmn}.
 */
public final class ScoringDecisions {

  public static final String SCORE_ITEM = "score-item";
  public static final String SCORE_ACTION = "score-action";

  /** The lines behind the history inputs {@code periodsBelow50} and {@code consecutiveBelow40} (A-5.5.3, B-2.6.3). */
  public static final int REPLACE_LINE = 50;
  public static final int TERMINATE_LINE = 40;

  /** Inputs and outputs of both decisions. */
  public static final class Var {
    public static final String CONTRACT = "contract";
    public static final String ITEM = "item";
    public static final String POINTS = "points";
    public static final String SCORE = "score";
    public static final String PERIODS_BELOW_50 = "periodsBelow50";
    public static final String CONSECUTIVE_BELOW_40 = "consecutiveBelow40";
    public static final String ACTION = "action";

    private Var() {
    }
  }

  private ScoringDecisions() {
  }

  /** The contracts that are scored (SPEC §2 systems). */
  public enum Contract {
    TIPS("tips", "税库银", 4),
    OA("oa", "综合办公", 12),
    INVOICE("invoice", "发票", 12);

    private final String code;
    private final String label;
    private final int periodsPerYear;

    Contract(String code, String label, int periodsPerYear) {
      this.code = code;
      this.label = label;
      this.periodsPerYear = periodsPerYear;
    }

    public String code() {
      return code;
    }

    public String label() {
      return label;
    }

    /** Quarters for tips, months for oa (B-2.6) and invoice (C). */
    public int periodsPerYear() {
      return periodsPerYear;
    }

    /** tips and oa are scored with the item sheet of SPEC §5; invoice with the bureau's own 100-point sheet. */
    public boolean usesItemSheet() {
      return this != INVOICE;
    }

    public static Optional<Contract> of(String code) {
      return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
  }

  /** The outputs of {@code score-action}. */
  public enum Action {
    NONE("none", "无"),
    WARN("warn", "警示"),
    REPLACE_ENGINEER("replace-engineer", "更换驻场工程师"),
    TERMINATE_CONTRACT("terminate-contract", "中止服务合同");

    private final String code;
    private final String label;

    Action(String code, String label) {
      this.code = code;
      this.label = label;
    }

    public String code() {
      return code;
    }

    public String label() {
      return label;
    }

    public static Action of(String code) {
      return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst()
          .orElseThrow(() -> new IllegalStateException("score-action returned an unknown action '" + code + "'"));
    }
  }

  /** The items of the rating sheet (SPEC §5, A-5.5.1, B-2.6.1) with the Chinese text of the seeds. */
  public enum ScoreItem {
    LATE_OR_EARLY("late-or-early", "迟到、早退"),
    ABSENT("absent", "旷工（迟到/早退 1 小时算旷工）"),
    DISCIPLINE("discipline", "违反纪律"),
    DATA_DAMAGE("data-damage", "失误破坏数据与程序"),
    INSUBORDINATION("insubordination", "不服从采购方工作安排"),
    POOR_ATTITUDE("poor-attitude", "服务态度差"),
    DEFAMATION("defamation", "诽谤、辱骂采购方"),
    SECURITY_INCIDENT("security-incident", "发生一次安全事故"),
    TASK_LATE("task-late", "工作未能及时完成"),
    TASK_SEVERELY_LATE("task-severely-late", "工作严重延迟（超过二天未完成）"),
    FAULT_SLOW("fault-slow", "故障处理不及时"),
    FAULT_UNRESOLVED("fault-unresolved", "故障无法处理"),
    SEVERE_FAULT("severe-fault", "严重故障"),
    REPORT_NONSTANDARD("report-nonstandard", "月（季）报编写不规范"),
    REPORT_LATE("report-late", "月（季）报不及时提交"),
    UNAUTHORIZED_REPLACEMENT("unauthorized-replacement", "不按规定更换驻场工程师"),
    ISSUE_PREVENTED("issue-prevented", "预知问题及时杜绝"),
    PROACTIVE("proactive", "工作积极主动"),
    PROACTIVE_TUNING("proactive-tuning", "主动性能优化"),
    MAJOR_RISK_PREVENTED("major-risk-prevented", "重大风险预知并及时杜绝"),
    PROCESS_IMPROVEMENT("process-improvement", "完善运维管理制度"),
    ARCHITECTURE_IMPROVEMENT("architecture-improvement", "辅助完善IT架构"),
    /** Blank in A's sheet: 0 points for tips, +10 for oa. */
    KNOWLEDGE_BASE("knowledge-base", "知识库管理规范");

    private final String code;
    private final String label;

    ScoreItem(String code, String label) {
      this.code = code;
      this.label = label;
    }

    public String code() {
      return code;
    }

    public String label() {
      return label;
    }

    /** The contracts whose sheet has this item: all items are on the tips and oa sheets. */
    public Set<Contract> contracts() {
      return Set.of(Contract.TIPS, Contract.OA);
    }

    public static List<String> codes() {
      return Arrays.stream(values()).map(ScoreItem::code).toList();
    }
  }
}
