package com.opsflow.knowledge;

import com.opsflow.engine.CurrentUser;
import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The knowledge base over HTTP: search, an article with its versions, monthly statistics (any
 * authenticated user); retire and revise an article (knowledge group or camunda-admin, see
 * {@link KnowledgeAccessInterceptor}).
 */
@RestController
@RequestMapping("/api/knowledge")
class KnowledgeController {

  static final int MAX_LIMIT = 50;

  private final KnowledgeSearch search;
  private final KnowledgeBase base;
  private final KnowledgeStatistics statistics;
  private final KnowledgeDrafts drafts;
  private final RuntimeService runtime;
  private final IdentityService identity;

  KnowledgeController(KnowledgeSearch search, KnowledgeBase base, KnowledgeStatistics statistics,
      KnowledgeDrafts drafts, RuntimeService runtime, IdentityService identity) {
    this.search = search;
    this.base = base;
    this.statistics = statistics;
    this.drafts = drafts;
    this.runtime = runtime;
    this.identity = identity;
  }

  @GetMapping("/search")
  List<Map<String, Object>> search(@RequestParam(required = false) String q,
      @RequestParam(required = false) String system, @RequestParam(required = false) String limit) {
    if (q == null || q.isBlank()) {
      throw new InvalidInputException("q", "参数 q（检索词）必填 / parameter 'q' is required");
    }
    if (q.length() > 500) {
      throw new InvalidInputException("q", "参数 q（检索词）超过 500 个字符 / parameter 'q' is longer than 500 characters");
    }
    if (system != null && !system.isBlank() && !KnowledgeProcess.SYSTEMS.contains(system)) {
      throw new InvalidInputException("system", "参数 system（系统）的值 '" + system + "' 无效，可选值："
          + KnowledgeProcess.SYSTEMS + " / parameter 'system' must be one of " + KnowledgeProcess.SYSTEMS);
    }
    int n = parseLimit(limit);
    return search.search(q, system == null || system.isBlank() ? null : system, n).stream().map(h -> {
      Map<String, Object> hit = new LinkedHashMap<>();
      hit.put("id", h.articleId());
      hit.put("title", h.title());
      hit.put("symptom", h.symptomExcerpt());
      hit.put("system", h.system());
      hit.put("category", h.category());
      hit.put("version", h.version());
      hit.put("score", h.score());
      return hit;
    }).toList();
  }

  @GetMapping("/articles/{id}")
  Map<String, Object> article(@PathVariable String id) {
    KnowledgeBase.Article article = base.find(id).orElseThrow(() -> new NoSuchElementException(
        "没有知识条目 " + id + " / no knowledge article " + id));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("id", article.articleId());
    answer.put("system", article.system());
    answer.put("category", article.category());
    answer.put("status", article.status());
    answer.put("sourceTicket", article.sourceTicket());
    answer.put("createdAt", article.createdAt());
    answer.put("firstPublishedAt", article.firstPublishedAt());
    answer.put("retiredAt", article.retiredAt());
    answer.put("retireReason", article.retireReason());
    answer.put("current", base.version(id, article.publishedVersion()).orElse(null));
    answer.put("versions", base.versions(id));
    answer.put("reviews", base.reviews(id));
    return answer;
  }

  @GetMapping("/statistics")
  KnowledgeStatistics.Statistics statistics(@RequestParam(required = false) String month) {
    if (month == null || month.isBlank()) {
      throw new InvalidInputException("month", "参数 month（月份，如 2026-11）必填 / parameter 'month' (yyyy-MM) is required");
    }
    try {
      return statistics.month(YearMonth.parse(month));
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("month", "参数 month 的值 '" + month + "' 不是 yyyy-MM 格式的月份 / parameter 'month'"
          + " must be a month like 2026-11");
    }
  }

  @PostMapping("/articles/{id}/retire")
  Map<String, Object> retire(@PathVariable String id, @RequestBody(required = false) Map<String, Object> body) {
    String reason = Fields.knownPropertiesOnly(body == null ? Map.of() : body,
        b -> Fields.requiredLines(b, "reason", "停用原因", 1000));
    base.retire(id, currentUser(), reason);
    return article(id);
  }

  /** Starts a revision of a published article: a draft prefilled with the current version. */
  @PostMapping("/articles/{id}/revisions")
  ResponseEntity<Map<String, Object>> revise(@PathVariable String id) {
    KnowledgeBase.Article article = base.find(id).orElseThrow(() -> new NoSuchElementException(
        "没有知识条目 " + id + " / no knowledge article " + id));
    if (!KnowledgeBase.PUBLISHED.equals(article.status())) {
      throw new KnowledgeBase.ArticleStateException("知识条目 " + id + " 的状态为 " + article.status()
          + "，只有已发布的条目可以修订 / only a published article can be revised");
    }
    if (runtime.createProcessInstanceQuery().processDefinitionKey(KnowledgeProcess.KEY).processInstanceBusinessKey(id)
        .count() > 0) {
      throw new KnowledgeBase.ArticleStateException("知识条目 " + id + " 已有进行中的修订 / article " + id
          + " is already being revised");
    }
    KnowledgeDrafts.Draft draft = drafts.revision(article, base.version(id, article.publishedVersion()).orElseThrow());
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("articleId", id, "processInstanceId", draft.processInstanceId()));
  }

  @ExceptionHandler(KnowledgeBase.ArticleStateException.class)
  ResponseEntity<Map<String, String>> conflict(KnowledgeBase.ArticleStateException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "conflict", "message", e.getMessage()));
  }

  private int parseLimit(String limit) {
    if (limit == null || limit.isBlank()) {
      return 10;
    }
    try {
      int n = Integer.parseInt(limit.trim());
      if (n >= 1 && n <= MAX_LIMIT) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new InvalidInputException("limit", "参数 limit（条数）应为 1 到 " + MAX_LIMIT + " 之间的整数 / parameter 'limit'"
        + " must be a whole number from 1 to " + MAX_LIMIT);
  }

  private String currentUser() {
    return CurrentUser.of(identity);
  }
}
