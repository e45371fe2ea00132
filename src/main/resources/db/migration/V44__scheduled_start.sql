-- Scheduled operations (issue 12): one row per process, schedule, system and period that was started.
-- The primary key is what makes a scheduled start happen once: a second timer firing (restart, another node,
-- a due date moved by a holiday entered later) or a start by hand finds the period taken.
CREATE TABLE scheduled_start (
    process_key   VARCHAR(64)  NOT NULL,
    schedule_id   VARCHAR(64)  NOT NULL,
    system_id     VARCHAR(16)  NOT NULL,
    period_key    VARCHAR(16)  NOT NULL,
    period_start  DATE         NOT NULL,
    period_end    DATE         NOT NULL,
    due_on        DATE         NOT NULL,
    ticket_number VARCHAR(32),
    started_at    TIMESTAMP    NOT NULL,
    started_by    VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_scheduled_start PRIMARY KEY (process_key, schedule_id, system_id, period_key)
);
CREATE INDEX ix_scheduled_start_ticket ON scheduled_start (ticket_number);
