-- Post grades of the vendor's engineers (岗位级别, 1 = entry): the seeds require the backup engineer
-- who covers a post during leave to hold grade 2 (二级岗位) or higher (B-2.4.5.1(3), B-2.4.2(7)).
CREATE TABLE staff_grade (
    user_id     VARCHAR(64) NOT NULL PRIMARY KEY,
    grade       INTEGER     NOT NULL,
    updated_by  VARCHAR(64) NOT NULL,
    updated_at  TIMESTAMP   NOT NULL
);
