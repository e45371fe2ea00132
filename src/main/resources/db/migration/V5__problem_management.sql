-- The problem register (程序问题 / 需求问题, B-2.3.4, B-2.3.5): one row per problem ticket, its analysis,
-- vendor hand-off and summary report (问题报告). The problem also has a row in ticket (type 'problem')
-- for its audit trail and notifications.
CREATE TABLE problem (
    problem_number        VARCHAR(32)   NOT NULL PRIMARY KEY REFERENCES ticket (ticket_number),
    problem_type          VARCHAR(16)   NOT NULL,
    primary_system        VARCHAR(16)   NOT NULL,
    systems               VARCHAR(100)  NOT NULL,
    status                VARCHAR(24)   NOT NULL,
    summary               VARCHAR(200)  NOT NULL,
    description           VARCHAR(4000),
    process_instance_id   VARCHAR(64),
    created_at            TIMESTAMP     NOT NULL,
    created_by            VARCHAR(64),
    root_cause            VARCHAR(4000),
    workaround            VARCHAR(4000),
    review_conclusion     VARCHAR(4000),
    approval_outcome      VARCHAR(16),
    approval_note         VARCHAR(4000),
    approved_by           VARCHAR(64),
    vendor_channel        VARCHAR(16),
    handed_over_at        TIMESTAMP,
    vendor_deadline       TIMESTAMP,
    vendor_escalation_at  TIMESTAMP,
    vendor_reference      VARCHAR(64),
    vendor_fix_version    VARCHAR(64),
    vendor_planned_date   DATE,
    vendor_answer         VARCHAR(4000),
    vendor_answered_at    TIMESTAMP,
    vendor_answered_by    VARCHAR(64),
    vendor_reminded_at    TIMESTAMP,
    vendor_escalated_at   TIMESTAMP,
    report_symptom        VARCHAR(4000),
    report_cause          VARCHAR(4000),
    report_workaround     VARCHAR(4000),
    final_solution        VARCHAR(4000),
    report_vendor_answer  VARCHAR(4000),
    resolved_at           TIMESTAMP,
    closed_at             TIMESTAMP,
    updated_at            TIMESTAMP     NOT NULL
);
CREATE INDEX ix_problem_status_system ON problem (status, primary_system);
CREATE INDEX ix_problem_created_at ON problem (created_at);
CREATE INDEX ix_problem_resolved_at ON problem (resolved_at);

-- Incidents caused by a problem: many incidents, one problem (an incident links to at most one).
CREATE TABLE problem_incident (
    incident_number VARCHAR(32) NOT NULL PRIMARY KEY REFERENCES ticket (ticket_number),
    problem_number  VARCHAR(32) NOT NULL REFERENCES problem (problem_number),
    linked_at       TIMESTAMP   NOT NULL,
    linked_by       VARCHAR(64),
    notified_at     TIMESTAMP,
    notify_result   VARCHAR(32)
);
CREATE INDEX ix_problem_incident_problem ON problem_incident (problem_number);
