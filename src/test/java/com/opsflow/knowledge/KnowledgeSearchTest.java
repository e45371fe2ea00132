package com.opsflow.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.OpsFlowIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Chinese search over the published articles (the six migrated seed articles and some of its own). */
@OpsFlowIntegrationTest
class KnowledgeSearchTest {

  @Autowired
  KnowledgeSearch search;
  @Autowired
  KnowledgeBase base;

  List<String> ids(String q, String system) {
    return search.search(q, system, 10).stream().map(KnowledgeSearch.Hit::articleId).toList();
  }

  String publish(String system, String title, String symptom, String solution, String keywords) {
    String id = base.createDraft(system, "other", null, "test");
    int v = base.submitForReview(id, "other", new KnowledgeBase.ArticleContent(title, symptom, "", solution, keywords),
        "author");
    base.publish(id, v, "reviewer", null);
    return id;
  }

  @Test
  void shouldFindAnArticleByAWordOfItsSymptom() {
    List<KnowledgeSearch.Hit> hits = search.search("缴款书", "tips", 5);
    assertThat(hits).isNotEmpty();
    assertThat(hits.get(0).articleId()).isEqualTo("KB-0001");
    assertThat(hits.get(0).symptomExcerpt()).contains("电子缴款书打印失败");
    assertThat(hits.get(0).score()).isPositive();
  }

  @Test
  void shouldFindAnArticleByWordsOfItsSolution() {
    assertThat(ids("统一身份认证", null)).first().isEqualTo("KB-0005");
    assertThat(ids("重新推送待办", null)).first().isEqualTo("KB-0004");
  }

  @Test
  void shouldRankTheArticleMatchingMoreOfTheQueryFirst() {
    // both tips articles mention 回执; only KB-0003 is about a debit stuck in 处理中
    List<String> ranked = ids("扣款后状态一直处理中，没有回执", "tips");
    assertThat(ranked).startsWith("KB-0003").contains("KB-0002");
    assertThat(ranked.indexOf("KB-0003")).isLessThan(ranked.indexOf("KB-0002"));
  }

  @Test
  void shouldRankATitleMatchAboveAMatchInTheSolutionOnly() {
    String inTitle = publish("invoice", "红字发票冲销失败", "冲销时提示原发票状态异常。", "核对原发票状态后重新冲销。", "红字,冲销");
    String inSolution = publish("invoice", "发票作废失败", "作废当月发票时提示状态错误。", "如已跨月，应改为开具红字发票冲销。", "作废");
    List<String> ranked = ids("红字发票冲销", "invoice");
    assertThat(ranked).contains(inTitle, inSolution);
    assertThat(ranked.indexOf(inTitle)).isLessThan(ranked.indexOf(inSolution));
  }

  @Test
  void shouldFilterBySystem() {
    assertThat(ids("缴款书", "oa")).doesNotContain("KB-0001");
    assertThat(ids("密码错误", "tips")).doesNotContain("KB-0005");
    assertThat(ids("密码错误", "oa")).first().isEqualTo("KB-0005");
    assertThat(search.search("失败", null, 10)).extracting(KnowledgeSearch.Hit::system)
        .contains("tips", "invoice");
  }

  @Test
  void shouldNotFindRetiredArticlesOrDraftsAndRespectTheLimit() {
    String id = publish("oa", "会议室预约冲突", "两个部门同时预约同一会议室成功。", "启用会议室预约锁。", "会议室,预约");
    assertThat(ids("会议室预约", "oa")).first().isEqualTo(id);
    base.retire(id, "test", "会议室模块已下线");
    assertThat(ids("会议室预约", "oa")).doesNotContain(id);

    String draft = base.createDraft("oa", "other", null, "test");
    base.submitForReview(draft, "other", new KnowledgeBase.ArticleContent("会议纪要无法导出", "导出会议纪要时报错。", "",
        "升级导出组件。", "纪要"), "author");
    assertThat(ids("会议纪要导出", "oa")).doesNotContain(draft);

    assertThat(search.search("失败", null, 2)).hasSize(2);
    assertThat(search.search("，。", null, 5)).isEmpty();
    assertThat(search.search("完全无关的词语组合", "tips", 5)).isEmpty();
  }
}
