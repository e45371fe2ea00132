-- Backups (备份, B-2.2 item 8 ★): the daily check by first line, the monthly audit by a second-line expert with
-- its restore test, and the incident a missed or failed day opened.
CREATE TABLE backup_check (
    check_number        VARCHAR(32)   NOT NULL PRIMARY KEY,
    process_instance_id VARCHAR(64)   NOT NULL,
    system_id           VARCHAR(16)   NOT NULL,
    backup_day          DATE          NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    backup_done         BOOLEAN,
    size_mb             DECIMAL(14, 2),
    verification        VARCHAR(16),
    location            VARCHAR(200),
    note                VARCHAR(2000),
    checked_by          VARCHAR(64),
    checked_at          TIMESTAMP,
    incident_number     VARCHAR(32),
    created_at          TIMESTAMP     NOT NULL
);
CREATE INDEX ix_backup_check_day ON backup_check (system_id, backup_day);

CREATE TABLE backup_audit (
    audit_number        VARCHAR(32)   NOT NULL PRIMARY KEY,
    process_instance_id VARCHAR(64)   NOT NULL,
    system_id           VARCHAR(16)   NOT NULL,
    audited_month       VARCHAR(7)    NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    days_checked        INTEGER,
    days_ok             INTEGER,
    days_failed         INTEGER,
    days_missed         INTEGER,
    analysis            VARCHAR(4000),
    advice              VARCHAR(4000),
    restore_tested_at   TIMESTAMP,
    restore_scope       VARCHAR(500),
    restore_result      VARCHAR(16),
    restore_note        VARCHAR(2000),
    audited_by          VARCHAR(64),
    audited_at          TIMESTAMP,
    incident_number     VARCHAR(32),
    created_at          TIMESTAMP     NOT NULL
);
