-- Staff changes of resident engineers (process staff-change; A-4.3, B-2.4.3(8)(9), C): the bureau's consent,
-- notice, staffing after the change, hand-over, and whether the replacement was made before any consent.
CREATE TABLE staff_change (
  change_number        VARCHAR(32)   NOT NULL PRIMARY KEY,
  process_instance_id  VARCHAR(64)   NOT NULL,
  contract             VARCHAR(16)   NOT NULL,
  leaving_engineer     VARCHAR(64)   NOT NULL,
  replacement_engineer VARCHAR(64),
  engineer_role        VARCHAR(32),
  last_day             DATE          NOT NULL,
  reason               VARCHAR(1000) NOT NULL,
  already_replaced     BOOLEAN       NOT NULL,
  requested_by         VARCHAR(64),
  requested_at         TIMESTAMP     NOT NULL,
  notice_short         BOOLEAN,
  staffing_after       INTEGER,
  minimum_engineers    INTEGER,
  staffing_breach      BOOLEAN,
  status               VARCHAR(16)   NOT NULL,
  decided_by           VARCHAR(64),
  decided_at           TIMESTAMP,
  decision_comment     VARCHAR(1000),
  handover_documents   VARCHAR(2000),
  handed_over_tasks    VARCHAR(4000),
  completed_at         TIMESTAMP
);
CREATE INDEX staff_change_contract ON staff_change (contract, status);
