-- The notification outbox (docs/notifications.md). A row is written in the same transaction as
-- the process step that causes it, one row per recipient, and sent later by the outbox sender.
create table notification (
    id              bigserial    primary key,
    -- <kind>:<businessKey>:<activityInstanceId or taskId>; with the recipient, at most one mail
    idempotency_key varchar(300) not null,
    recipient       varchar(320) not null,
    kind            varchar(60)  not null,
    business_key    varchar(200),
    subject         varchar(500) not null,
    body_text       text         not null,
    body_html       text         not null,
    -- PENDING: to send; SENT; FAILED: gave up after the configured attempts (can be re-sent);
    -- INVALID: the address was refused at enqueue, never sent (last_error says why)
    status          varchar(10)  not null default 'PENDING'
                    check (status in ('PENDING', 'SENT', 'FAILED', 'INVALID')),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      varchar(1000),
    created_at      timestamptz  not null,
    sent_at         timestamptz,
    constraint notification_once unique (idempotency_key, recipient)
);

create index notification_due on notification (next_attempt_at) where status = 'PENDING';
create index notification_failed on notification (created_at) where status = 'FAILED';
create index notification_business_key on notification (business_key);
