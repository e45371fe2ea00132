-- Issue 12: a monthly backup audit still open when its month ended is flagged on the register (Backups.auditOverdue).
ALTER TABLE backup_audit ADD COLUMN overdue_flagged_at TIMESTAMP;
