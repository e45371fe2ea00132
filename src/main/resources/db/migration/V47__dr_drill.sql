-- Disaster-recovery drills (灾备演练, invoice contract C: 每年开展2次系统应用和基础环境灾难备份和恢复演练): the plan and
-- who wrote and approved it (the four-eyes rule reads planned_by here), the measured recovery time and data loss
-- against the targets of DMN dr-drill-target, the result of DMN dr-drill-result, the problem a failed drill opened
-- and the overdue flag of a half-year that ended without its drill.
CREATE TABLE dr_drill (
    drill_number         VARCHAR(32)   NOT NULL PRIMARY KEY,
    process_instance_id  VARCHAR(64)   NOT NULL,
    system_id            VARCHAR(16)   NOT NULL,
    schedule_id          VARCHAR(64)   NOT NULL,
    period_key           VARCHAR(16)   NOT NULL,
    period_start         DATE          NOT NULL,
    period_end           DATE          NOT NULL,
    scheduled_run        BOOLEAN       NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    rto_target_minutes   INTEGER       NOT NULL,
    rpo_target_minutes   INTEGER       NOT NULL,
    planned_at           TIMESTAMP,
    scope                VARCHAR(200),
    method               VARCHAR(2000),
    participants         VARCHAR(500),
    planned_by           VARCHAR(64),
    plan_submitted_at    TIMESTAMP,
    approved_by          VARCHAR(64),
    approved_at          TIMESTAMP,
    approval_note        VARCHAR(2000),
    drilled_by           VARCHAR(64),
    drilled_at           TIMESTAMP,
    backup_note          VARCHAR(2000),
    application_restored BOOLEAN,
    base_restored        BOOLEAN,
    rto_minutes          INTEGER,
    rpo_minutes          INTEGER,
    problems             VARCHAR(4000),
    improvements         VARCHAR(4000),
    result               VARCHAR(16),
    result_reason        VARCHAR(500),
    problem_number       VARCHAR(32),
    overdue_flagged_at   TIMESTAMP,
    created_at           TIMESTAMP     NOT NULL,
    closed_at            TIMESTAMP
);
CREATE INDEX ix_dr_drill_period ON dr_drill (system_id, period_start);
