package com.opsflow.knowledge;

import static com.opsflow.knowledge.KnowledgeProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opsflow.intake.InvalidInputException;
import com.opsflow.support.PlainDatabase;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The knowledge process's start checks and review on plain values, no engine (issue 11). */
class KnowledgeServiceTest {

  private final PlainDatabase register = new PlainDatabase();
  private final KnowledgeBase base = new KnowledgeBase(register.jdbc, new KnowledgeSearch(register.jdbc), register.time);
  // the draft of an incident starts a knowledge instance (engine); the checks tested here never do
  private final KnowledgeService knowledge = new KnowledgeService(new KnowledgeStartValidator(), base, null,
      register.tickets);

  @Test
  void shouldNumberADraftWrittenByHandAndMakeTheNumberItsBusinessKey() {
    Map<String, Object> run = knowledge.acceptByHand(draft(), null, "pi-1", "knowledge-editor");

    String articleId = (String) run.get(Var.ARTICLE_ID);
    assertThat(articleId).startsWith(KnowledgeProcess.ARTICLE_PREFIX);
    assertThat(run).containsEntry(Var.SOURCE_TICKET, "").containsEntry(Var.TITLE, "打印机脱机");
    assertThat(base.find(articleId)).isPresent();
  }

  @Test
  void shouldRefuseABusinessKeyForADraftWrittenByHand() {
    assertThatThrownBy(() -> knowledge.acceptByHand(draft(), "KB-0001", "pi-1", "knowledge-editor"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("知识条目编号由 OpsFlow 分配");
  }

  @Test
  void shouldRefuseARequestedDraftWhoseBusinessKeyIsNoArticle() {
    assertThatThrownBy(() -> knowledge.acceptRequested(draft(), "KB-9999"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("业务键应为已有的知识条目编号，收到 'KB-9999'");
  }

  @Test
  void shouldRefuseARequestedDraftFromAnUnknownTicket() {
    Map<String, Object> v = draft();
    v.put(Var.SOURCE_TICKET, "INC-20260310-0009");

    assertThatThrownBy(() -> knowledge.acceptRequested(v, "KB-0001"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("字段 sourceTicket（来源工单）：没有工单");
  }

  @Test
  void shouldRefuseAnUnknownReviewAction() {
    assertThatThrownBy(() -> knowledge.review("archive", "KB-0001", 1, Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown knowledge step 'archive'");
  }

  private static Map<String, Object> draft() {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.SYSTEM, "tips");
    v.put(Var.CATEGORY, "other");
    v.put(Var.TITLE, "打印机脱机");
    v.put(Var.SYMPTOM, "发票打印机显示脱机");
    v.put(Var.CAUSE, "驱动异常");
    v.put(Var.SOLUTION, "重装驱动");
    v.put(Var.KEYWORDS, "打印机");
    return v;
  }
}
