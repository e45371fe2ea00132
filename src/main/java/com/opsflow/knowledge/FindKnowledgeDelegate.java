package com.opsflow.knowledge;

import com.opsflow.ticket.TicketVariables;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Puts the top published articles for the ticket (search over its summary and description, within
 * its system) into {@code knowledgeHits}, which the lookup form shows as 【KB-NNNN】 blocks.
 */
@Component("findKnowledge")
class FindKnowledgeDelegate implements JavaDelegate {

  static final String KNOWLEDGE_HITS = "knowledgeHits";
  static final int TOP = 3;

  private final KnowledgeSearch search;

  FindKnowledgeDelegate(KnowledgeSearch search) {
    this.search = search;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String text = execution.getVariable(TicketVariables.SUMMARY) + " " + execution.getVariable(TicketVariables.DESCRIPTION);
    List<KnowledgeSearch.Hit> hits = search.search(text, (String) execution.getVariable(TicketVariables.SYSTEM), TOP);
    execution.setVariable(KNOWLEDGE_HITS, hits.isEmpty() ? "知识库中没有匹配的条目。"
        : hits.stream().map(h -> "【" + h.articleId() + "】" + h.title() + "\n现象：" + h.symptom() + "\n解决方法：" + h.solution())
            .collect(Collectors.joining("\n\n")));
  }
}
