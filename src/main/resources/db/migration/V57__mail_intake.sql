-- Mails taken from the intake mailbox (com.opsflow.mailintake, B-2.2 item 1: mail is a reporting channel). A node
-- claims a mail by inserting its row in the same transaction that opens the incident (or adds the reply to its
-- ticket): the primary key lets exactly one node do it, even when several poll the mailbox at once, and a node that
-- dies before its commit leaves no row, so the mail is taken again at the next poll.
CREATE TABLE mail_intake (
    message_key   VARCHAR(500)  NOT NULL PRIMARY KEY,
    sender        VARCHAR(320),
    subject       VARCHAR(1000),
    outcome       VARCHAR(32)   NOT NULL,
    ticket_number VARCHAR(32),
    reason        VARCHAR(1000),
    claimed_by    VARCHAR(200)  NOT NULL,
    claimed_at    TIMESTAMP     NOT NULL
);
CREATE INDEX ix_mail_intake_ticket ON mail_intake (ticket_number);
CREATE INDEX ix_mail_intake_claimed ON mail_intake (claimed_at);
