-- Releases (补丁升级 / 发布管理, A-3.2.3(4), C): one row per release ticket (type 'release' in ticket).
CREATE TABLE release_register (
    release_number      VARCHAR(32)   NOT NULL PRIMARY KEY REFERENCES ticket (ticket_number),
    system_id           VARCHAR(16)   NOT NULL,
    release_kind        VARCHAR(16)   NOT NULL,
    release_version     VARCHAR(64)   NOT NULL,
    affected_offices    VARCHAR(1000),
    status              VARCHAR(16)   NOT NULL,
    impact_level        VARCHAR(16),
    plan_author         VARCHAR(64),
    window_start        TIMESTAMP,
    window_end          TIMESTAMP,
    approved_by         VARCHAR(400),
    upgraded_at         TIMESTAMP,
    verified_by         VARCHAR(64),
    rolled_back_at      TIMESTAMP,
    created_at          TIMESTAMP     NOT NULL,
    created_by          VARCHAR(64),
    closed_at           TIMESTAMP,
    updated_at          TIMESTAMP     NOT NULL
);
CREATE INDEX ix_release_status_system ON release_register (status, system_id);
CREATE INDEX ix_release_created_at ON release_register (created_at);

-- Problems a release resolves; on close each linked problem is told (notified_at, notify_result).
CREATE TABLE release_problem (
    release_number  VARCHAR(32) NOT NULL REFERENCES release_register (release_number),
    problem_number  VARCHAR(32) NOT NULL REFERENCES problem (problem_number),
    linked_at       TIMESTAMP   NOT NULL,
    linked_by       VARCHAR(64),
    notified_at     TIMESTAMP,
    notify_result   VARCHAR(32),
    PRIMARY KEY (release_number, problem_number)
);
CREATE INDEX ix_release_problem_problem ON release_problem (problem_number);
