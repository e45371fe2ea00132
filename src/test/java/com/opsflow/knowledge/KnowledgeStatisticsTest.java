package com.opsflow.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.incident.IncidentProcess;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.ProcessDriver;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Monthly statistics, in months of their own (2031) so that other tests' articles do not count. */
@OpsFlowIntegrationTest
class KnowledgeStatisticsTest {

  @Autowired
  KnowledgeBase base;
  @Autowired
  KnowledgeStatistics statistics;
  @Autowired
  ProcessEngine engine;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static void at(String localDateTime) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
  }

  String publish(String system, String category, String title) {
    String id = base.createDraft(system, category, null, "test");
    int v = base.submitForReview(id, category, new KnowledgeBase.ArticleContent(title, title + "的现象", "", "处理方法",
        ""), "author");
    base.publish(id, v, "reviewer", null);
    return id;
  }

  @Test
  void shouldCountNewUpdatedUsedAndRetiredArticlesOfAMonthBySystemAndCategory() {
    at("2031-02-27T10:00:00");
    String february = publish("oa", "configuration", "流程配置丢失");

    at("2031-03-02T09:00:00");
    String march = publish("tips", "data", "退库数据不一致");
    int v2 = base.submitForReview(february, "configuration", new KnowledgeBase.ArticleContent("流程配置丢失",
        "保存流程配置后刷新即丢失。", "", "清理配置缓存后重新保存。", "流程配置"), "author");
    base.publish(february, v2, "reviewer", null);

    // an incident records the article that solved it
    ProcessInstance incident = new ProcessDriver(engine).startIncident(ProcessDriver.incidentVariables("tips",
        "individual", "low"));
    String lookup = engine.getTaskService().createTaskQuery().processInstanceId(incident.getId())
        .taskDefinitionKey(IncidentProcess.Element.LOOKUP_KNOWLEDGE).singleResult().getId();
    engine.getTaskService().complete(lookup, Map.of(IncidentProcess.Var.KNOWLEDGE_ARTICLE_USED, march));

    at("2031-03-31T23:30:00");
    base.retire(february, "test", "流程模块已重构");

    KnowledgeStatistics.Statistics m = statistics.month(YearMonth.of(2031, 3));
    assertThat(m.month()).isEqualTo("2031-03");
    assertThat(m.total()).containsOnly(Map.entry("new", 1), Map.entry("updated", 1), Map.entry("used", 1),
        Map.entry("retired", 1));
    assertThat(m.bySystem().get("tips")).containsEntry("new", 1).containsEntry("used", 1).containsEntry("updated", 0);
    assertThat(m.bySystem().get("oa")).containsEntry("new", 0).containsEntry("updated", 1).containsEntry("retired", 1);
    assertThat(m.bySystem().get("invoice")).containsOnlyKeys("new", "updated", "used", "retired")
        .containsValues(0);
    assertThat(m.byCategory().get("data")).containsEntry("new", 1).containsEntry("used", 1);
    assertThat(m.byCategory().get("configuration")).containsEntry("updated", 1).containsEntry("retired", 1);
    assertThat(m.byCategory()).containsKeys(KnowledgeProcess.CATEGORIES.keySet().toArray(String[]::new));

    KnowledgeStatistics.Statistics feb = statistics.month(YearMonth.of(2031, 2));
    assertThat(feb.total()).containsEntry("new", 1).containsEntry("updated", 0).containsEntry("used", 0);
    assertThat(statistics.month(YearMonth.of(2031, 4)).total()).containsOnly(
        Map.entry("new", 0), Map.entry("updated", 0), Map.entry("used", 0), Map.entry("retired", 0));
  }
}
