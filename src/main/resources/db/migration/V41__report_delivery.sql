-- Period reports delivered by the report-delivery process (SPEC §6): one row per report, system and period, kept
-- with its ticket (type 'report-delivery', files in ticket_document). late: sent after its due time, which makes it
-- report-late evidence (SPEC §5) for the service evaluation of the period.
CREATE TABLE report_delivery (
    ticket_number         VARCHAR(32)   NOT NULL PRIMARY KEY REFERENCES ticket (ticket_number),
    system_id             VARCHAR(16)   NOT NULL,
    report_kind           VARCHAR(32)   NOT NULL,
    period                VARCHAR(16)   NOT NULL,
    period_from           DATE          NOT NULL,
    period_to             DATE          NOT NULL,
    due_at                TIMESTAMP     NOT NULL,
    generated_count       INTEGER       NOT NULL,
    send_back_count       INTEGER       NOT NULL,
    last_send_back_reason VARCHAR(2000),
    approved_by           VARCHAR(64),
    approved_at           TIMESTAMP,
    sent_at               TIMESTAMP,
    late                  BOOLEAN
);
CREATE UNIQUE INDEX ux_report_delivery_period ON report_delivery (system_id, report_kind, period);
CREATE INDEX ix_report_delivery_late ON report_delivery (system_id, late, period_from);
