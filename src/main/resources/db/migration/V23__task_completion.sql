-- Who completed which user task, written by the engine in the completing transaction
-- (com.opsflow.worklog). Four-eyes rules read the author of a step from here, never from a process
-- variable that a task candidate could rewrite (issue 9: four eyes rest on facts the user cannot edit).
CREATE TABLE task_completion (
    task_id             VARCHAR(64)   NOT NULL PRIMARY KEY,
    process_instance_id VARCHAR(64)   NOT NULL,
    business_key        VARCHAR(255),
    process_key         VARCHAR(255)  NOT NULL,
    task_key            VARCHAR(255)  NOT NULL,
    completed_by        VARCHAR(255),
    completed_at        TIMESTAMP     NOT NULL
);
CREATE INDEX ix_task_completion_instance ON task_completion (process_instance_id, task_key, completed_at);
CREATE INDEX ix_task_completion_ticket ON task_completion (business_key, process_key, task_key, completed_at);
