package com.opsflow.ticket;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The supported systems of SPEC §2 (variable {@code system}): codes and the names users read. */
public final class SupportedSystems {

  public static final List<String> CODES = List.of("tips", "oa", "invoice");
  /** Code → Chinese name, in the order of {@link #CODES}. */
  public static final Map<String, String> NAMES;

  static {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("tips", "财税库银横向联网缴税系统");
    names.put("oa", "税务综合办公信息系统");
    names.put("invoice", "发票系统");
    NAMES = Collections.unmodifiableMap(names);
  }

  private SupportedSystems() {
  }

  /** The Chinese name, or the code itself when it is not a supported system. */
  public static String name(String code) {
    return code == null ? null : NAMES.getOrDefault(code, code);
  }
}
