-- A notification's mail, recorded in a transaction of its own as soon as the SMTP server took it
-- (com.opsflow.mail.MailDeliveries). A sending job that runs again because its own commit was lost (the database
-- failed under it, the node was killed) finds the mail here and does not send it a second time (issue 14).
CREATE TABLE mail_delivery (
    notification_id VARCHAR(64)   NOT NULL PRIMARY KEY,
    ticket_number   VARCHAR(64),
    template        VARCHAR(255)  NOT NULL,
    recipients      VARCHAR(4000) NOT NULL,
    sent_at         TIMESTAMP     NOT NULL
);
