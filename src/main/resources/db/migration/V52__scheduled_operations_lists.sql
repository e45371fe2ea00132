-- Issue 12: a monthly backup audit still open when its month ended is flagged on the register (Backups.auditOverdue);
ALTER TABLE backup_audit ADD COLUMN overdue_flagged_at TIMESTAMP;
-- the scheduled-operations lists and the health-check report read by period across systems
CREATE INDEX ix_backup_audit_month ON backup_audit (audited_month, system_id);
CREATE INDEX ix_backup_check_all_days ON backup_check (backup_day);
CREATE INDEX ix_health_check_all_periods ON health_check (period_start);
