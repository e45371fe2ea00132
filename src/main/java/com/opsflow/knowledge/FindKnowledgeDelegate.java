package com.opsflow.knowledge;

import com.opsflow.ticket.TicketVariables;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts the top knowledge hits for the ticket into {@code knowledgeHits}, which the lookup form shows. */
@Component("findKnowledge")
class FindKnowledgeDelegate implements JavaDelegate {

  static final String KNOWLEDGE_HITS = "knowledgeHits";
  private static final int TOP = 3;

  private final KnowledgeLookup lookup;

  FindKnowledgeDelegate(KnowledgeLookup lookup) {
    this.lookup = lookup;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String text = execution.getVariable(TicketVariables.SUMMARY) + " " + execution.getVariable(TicketVariables.DESCRIPTION);
    List<KnowledgeLookup.KnowledgeHit> hits =
        lookup.search((String) execution.getVariable(TicketVariables.SYSTEM), text, TOP);
    execution.setVariable(KNOWLEDGE_HITS, hits.isEmpty() ? "知识库中没有匹配的条目。"
        : hits.stream().map(h -> "【" + h.articleId() + "】" + h.title() + "\n现象：" + h.symptom() + "\n解决方法：" + h.solution())
            .collect(Collectors.joining("\n\n")));
  }
}
