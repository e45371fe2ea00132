package com.opsflow.migration;

import static com.opsflow.migration.MigrationProcess.Var;

import com.opsflow.incident.IncidentProcess;
import com.opsflow.intake.Fields;
import com.opsflow.intake.StartValidator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The start variables of a migration application (form migration-start): {@code system},
 * {@code migrationType} (application | data-center), {@code dataMigration}, {@code requestingOffice},
 * {@code summary}, {@code description}.
 */
@Component
class MigrationStartValidator implements StartValidator {

  @Override
  public String processKey() {
    return MigrationProcess.KEY;
  }

  @Override
  public Map<String, Object> validate(Map<String, Object> v) {
    Map<String, Object> clean = new HashMap<>();
    clean.put(Var.SYSTEM, Fields.oneOf(v, Var.SYSTEM, "系统", new LinkedHashSet<>(IncidentProcess.SYSTEMS)));
    clean.put(Var.TYPE, Fields.oneOf(v, Var.TYPE, "迁移类型", new LinkedHashSet<>(MigrationProcess.TYPES)));
    clean.put(Var.DATA_MIGRATION, Fields.optionalBoolean(v, Var.DATA_MIGRATION, "含数据迁移"));
    clean.put(Var.REQUESTING_OFFICE, Fields.requiredText(v, Var.REQUESTING_OFFICE, "申请单位", 200));
    clean.put(Var.SUMMARY, Fields.requiredText(v, Var.SUMMARY, "迁移事由", 200));
    clean.put(Var.DESCRIPTION, Fields.requiredLines(v, Var.DESCRIPTION, "迁移内容说明", 4000));
    return clean;
  }
}
