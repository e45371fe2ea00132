-- One counter per change of business_calendar_day, bumped in the changing statement's transaction: every
-- node compares it with the version of its cached calendar before an SLA computation, so a holiday saved on
-- one node counts on all of them at once (issue 14: no state that only one node knows).
CREATE TABLE business_calendar_version (
    id      INTEGER NOT NULL PRIMARY KEY,
    version BIGINT  NOT NULL
);
INSERT INTO business_calendar_version (id, version) VALUES (1, 0);
