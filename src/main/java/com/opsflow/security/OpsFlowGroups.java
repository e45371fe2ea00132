package com.opsflow.security;

import java.util.LinkedHashMap;
import java.util.Map;

/** The Camunda groups of SPEC §1 (ids are a contract) with the Chinese names users see. */
public final class OpsFlowGroups {

  public static final String SERVICE_DESK = "service-desk";
  public static final String SECOND_LINE = "second-line";
  public static final String PROJECT_MANAGER = "project-manager";
  public static final String TEAM_LEAD = "team-lead";
  public static final String SYSTEM_OWNER = "system-owner";
  public static final String BUREAU_IT = "bureau-it";
  public static final String QUALITY = "quality";
  public static final String KNOWLEDGE = "knowledge";
  public static final String DOCUMENT_ADMIN = "document-admin";
  public static final String VENDOR = "vendor";
  public static final String REPORTER = "reporter";
  public static final String ADMIN = "camunda-admin";
  /** Technical group of monitoring systems (the Prometheus scraper): reads health and metrics, nothing else. */
  public static final String MONITORING = "monitoring";

  /** SPEC §1 groups in contract order, id → Chinese name. */
  public static final Map<String, String> WORK_GROUPS = new LinkedHashMap<>();

  static {
    WORK_GROUPS.put(SERVICE_DESK, "驻场支持岗（一线）");
    WORK_GROUPS.put(SECOND_LINE, "二线技术支持");
    WORK_GROUPS.put(PROJECT_MANAGER, "项目经理");
    WORK_GROUPS.put(TEAM_LEAD, "项目组长");
    WORK_GROUPS.put(SYSTEM_OWNER, "应用系统负责人");
    WORK_GROUPS.put(BUREAU_IT, "信息技术部门");
    WORK_GROUPS.put(QUALITY, "质检人员");
    WORK_GROUPS.put(KNOWLEDGE, "知识库岗");
    WORK_GROUPS.put(DOCUMENT_ADMIN, "文档管理员");
    WORK_GROUPS.put(VENDOR, "软件厂商");
    WORK_GROUPS.put(REPORTER, "报告用户");
  }

  private OpsFlowGroups() {
  }
}
