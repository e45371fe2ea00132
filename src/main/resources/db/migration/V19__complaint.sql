-- Complaints (B-2.3.13(1) 投诉): the register behind the CMP ticket, with the engineer complained about, the
-- investigation's finding and what the evaluation counts (complaint-rating: evaluation_item).
CREATE TABLE complaint (
    complaint_number    VARCHAR(32)   NOT NULL PRIMARY KEY,
    process_instance_id VARCHAR(64),
    system_id           VARCHAR(16)   NOT NULL,
    channel             VARCHAR(16)   NOT NULL,
    reporter            VARCHAR(100)  NOT NULL,
    summary             VARCHAR(200)  NOT NULL,
    engineer            VARCHAR(64),
    related_ticket      VARCHAR(32),
    category            VARCHAR(16),
    substantiated       BOOLEAN,
    findings            VARCHAR(4000),
    evaluation_item     VARCHAR(32),
    handling            VARCHAR(4000),
    callbacks           INTEGER       NOT NULL,
    outcome             VARCHAR(16),
    status              VARCHAR(16)   NOT NULL,
    received_at         TIMESTAMP     NOT NULL,
    investigated_by     VARCHAR(64),
    investigated_at     TIMESTAMP,
    closed_at           TIMESTAMP
);
CREATE INDEX ix_complaint_engineer_received ON complaint (engineer, received_at);
