package com.opsflow.knowledge;

import static com.opsflow.knowledge.KnowledgeProcess.Var;

import com.opsflow.intake.Fields;
import com.opsflow.intake.StartValidator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** The fields of a knowledge article (the seed's template) as a draft is started or submitted. */
@Component
class KnowledgeStartValidator implements StartValidator {

  @Override
  public String processKey() {
    return KnowledgeProcess.KEY;
  }

  @Override
  public Map<String, Object> validate(Map<String, Object> v) {
    Map<String, Object> clean = new HashMap<>();
    clean.put(Var.SYSTEM, Fields.oneOf(v, Var.SYSTEM, "系统", new LinkedHashSet<>(KnowledgeProcess.SYSTEMS)));
    clean.put(Var.CATEGORY, Fields.oneOf(v, Var.CATEGORY, "知识分类", KnowledgeProcess.CATEGORIES.keySet()));
    clean.put(Var.TITLE, Fields.requiredText(v, Var.TITLE, "标题", 200));
    clean.put(Var.SYMPTOM, Fields.requiredLines(v, Var.SYMPTOM, "问题现象", 2000));
    clean.put(Var.CAUSE, Objects.requireNonNullElse(Fields.optionalLines(v, Var.CAUSE, "原因分析", 2000), ""));
    clean.put(Var.SOLUTION, Fields.requiredLines(v, Var.SOLUTION, "解决方法", 4000));
    clean.put(Var.KEYWORDS, Objects.requireNonNullElse(Fields.optionalText(v, Var.KEYWORDS, "关键字", 500), ""));
    return clean;
  }

  /**
   * The fields of a draft requested by message (an incident's candidate, a revision): the template
   * fields as the request brings them, the solution and cause possibly still empty (the knowledge group
   * completes them while drafting), an incident description as symptom.
   */
  Map<String, Object> validateRequested(Map<String, Object> v) {
    Map<String, Object> clean = new HashMap<>();
    clean.put(Var.SYSTEM, Fields.oneOf(v, Var.SYSTEM, "系统", new LinkedHashSet<>(KnowledgeProcess.SYSTEMS)));
    clean.put(Var.CATEGORY, Fields.oneOf(v, Var.CATEGORY, "知识分类", KnowledgeProcess.CATEGORIES.keySet()));
    clean.put(Var.TITLE, Fields.requiredText(v, Var.TITLE, "标题", 200));
    clean.put(Var.SYMPTOM, Fields.requiredLines(v, Var.SYMPTOM, "问题现象", 4000));
    clean.put(Var.CAUSE, Objects.requireNonNullElse(Fields.optionalLines(v, Var.CAUSE, "原因分析", 4000), ""));
    clean.put(Var.SOLUTION, Objects.requireNonNullElse(Fields.optionalLines(v, Var.SOLUTION, "解决方法", 4000), ""));
    clean.put(Var.KEYWORDS, Objects.requireNonNullElse(Fields.optionalText(v, Var.KEYWORDS, "关键字", 500), ""));
    clean.put(Var.SOURCE_TICKET, Objects.requireNonNullElse(Fields.optionalText(v, Var.SOURCE_TICKET, "来源工单", 32), ""));
    return clean;
  }
}
