-- Health checks (健康检查, A-3.2.1.1, B-2.3.10, B-2.2 item 5): the plan and result of each check, its checklist
-- with measured values against the thresholds of DMN health-check-threshold, and what each finding opened.
CREATE TABLE health_check (
    check_number        VARCHAR(32)   NOT NULL PRIMARY KEY,
    process_instance_id VARCHAR(64)   NOT NULL,
    system_id           VARCHAR(16)   NOT NULL,
    schedule_id         VARCHAR(64)   NOT NULL,
    period_key          VARCHAR(16)   NOT NULL,
    period_start        DATE          NOT NULL,
    period_end          DATE          NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    planned_at          TIMESTAMP,
    place               VARCHAR(200),
    scope               VARCHAR(200),
    method              VARCHAR(200),
    checked_by          VARCHAR(64),
    checked_at          TIMESTAMP,
    run_state           VARCHAR(4000),
    problems            VARCHAR(4000),
    advice              VARCHAR(4000),
    overdue_flagged_at  TIMESTAMP,
    created_at          TIMESTAMP     NOT NULL
);
CREATE INDEX ix_health_check_period ON health_check (system_id, schedule_id, period_start);

CREATE TABLE health_check_item (
    check_number  VARCHAR(32)   NOT NULL REFERENCES health_check (check_number),
    item          VARCHAR(64)   NOT NULL,
    scope         VARCHAR(32)   NOT NULL,
    label         VARCHAR(100)  NOT NULL,
    measured      DECIMAL(12, 2) NOT NULL,
    threshold     DECIMAL(12, 2) NOT NULL,
    unit          VARCHAR(16)   NOT NULL,
    finding       BOOLEAN       NOT NULL,
    follow_up     VARCHAR(16),
    linked_ticket VARCHAR(32),
    CONSTRAINT pk_health_check_item PRIMARY KEY (check_number, item)
);
