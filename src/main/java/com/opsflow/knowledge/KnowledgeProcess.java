package com.opsflow.knowledge;

import com.opsflow.engine.Variable;
import com.opsflow.ticket.SupportedSystems;
import java.util.List;
import java.util.Map;

/** The knowledge process (知识提取和维护, B-2.3.11): its key, element ids, variables and values. */
public final class KnowledgeProcess {

  public static final String KEY = "knowledge";
  /** Message that starts a draft for an existing article id (incident candidate, revision). */
  public static final String DRAFT_REQUESTED_MESSAGE = "knowledge-draft-requested";
  public static final String ARTICLE_PREFIX = "KB-";

  public static final List<String> SYSTEMS = SupportedSystems.CODES;
  /** Knowledge categories (知识划分方案), code → Chinese name. */
  public static final Map<String, String> CATEGORIES = categories();

  private KnowledgeProcess() {
  }

  private static Map<String, String> categories() {
    java.util.LinkedHashMap<String, String> c = new java.util.LinkedHashMap<>();
    c.put("operation", "操作使用");
    c.put("data", "数据问题");
    c.put("program", "程序缺陷");
    c.put("configuration", "配置问题");
    c.put("environment", "环境与设备");
    c.put("interface", "接口与联网");
    c.put("account", "账号与权限");
    c.put("other", "其他");
    return java.util.Collections.unmodifiableMap(c);
  }

  /** Process variables. */
  public static final class Var {
    public static final String ARTICLE_ID = "articleId";
    public static final Variable<String> ARTICLE_ID_VAR = Variable.string(ARTICLE_ID);
    public static final String SYSTEM = "system";
    public static final String CATEGORY = "category";
    public static final String TITLE = "title";
    public static final String SYMPTOM = "symptom";
    public static final String CAUSE = "cause";
    public static final String SOLUTION = "solution";
    public static final String KEYWORDS = "keywords";
    public static final String SOURCE_TICKET = "sourceTicket";
    public static final String AUTHOR = "knowledgeAuthor";
    public static final String VERSION_NO = "versionNo";
    public static final Variable<Integer> VERSION_NO_VAR = Variable.integer(VERSION_NO);
    public static final String REVIEW_OUTCOME = "reviewOutcome";
    public static final String REVIEW_NOTE = "reviewNote";

    private Var() {
    }
  }

  /** Values of {@link Var#REVIEW_OUTCOME}. */
  public static final class Outcome {
    public static final String APPROVED = "approved";
    public static final String REJECTED = "rejected";

    private Outcome() {
    }
  }

  /** Values of the input parameter {@code knowledgeAction} of the "knowledge step" delegate. */
  public static final List<String> ACTIONS = List.of("submit", "publish", "reject");

  /** BPMN element ids. */
  public static final class Element {
    public static final String START_BY_HAND = "StartEvent_DraftByHand";
    public static final String START_REQUESTED = "StartEvent_DraftRequested";
    public static final String DRAFT = "Task_DraftArticle";
    public static final String SUBMIT = "ServiceTask_SubmitForReview";
    public static final String REVIEW = "Task_ReviewArticle";
    public static final String PUBLISH = "ServiceTask_PublishArticle";
    public static final String RECORD_REJECTION = "ServiceTask_RecordRejection";
    public static final String END_PUBLISHED = "EndEvent_ArticlePublished";

    private Element() {
    }
  }
}
