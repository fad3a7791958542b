-- Mail leaves the outbox most urgent first (notification.NotificationKind's urgency: 0 a deadline
-- passed or near, 1 something to do, 2 for information), oldest first within an urgency, so a
-- backlog after an SMTP outage sends reminders before receipts. The index keeps the claim of the
-- next mail one index step however long the backlog. Rows queued before this release take 1.
alter table notification add column urgency smallint not null default 1 check (urgency between 0 and 2);

create index notification_due_by_urgency on notification (urgency, next_attempt_at, id) where status = 'PENDING';
