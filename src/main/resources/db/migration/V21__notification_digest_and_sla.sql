-- How a user wants to hear about new tasks: at once (the default, no row) or in one mail a day.
create table notification_preference (
    user_id    varchar(64) primary key,
    task_mail  varchar(12) not null check (task_mail in ('IMMEDIATE', 'DAILY_DIGEST')),
    updated_at timestamptz not null
);

-- Tasks waiting for the next daily digest of a user; digest_key is set once the digest is queued.
create table notification_digest_item (
    id           bigserial    primary key,
    user_id      varchar(64)  not null,
    recipient    varchar(320) not null,
    task_id      varchar(64)  not null,
    task_name    varchar(500),
    business_key varchar(200),
    case_number  varchar(100),
    due_at       timestamptz,
    created_at   timestamptz  not null,
    digest_key   varchar(300),
    constraint notification_digest_item_once unique (user_id, task_id)
);

create index notification_digest_item_open on notification_digest_item (created_at) where digest_key is null;

-- Which SLA notices (reminder, escalation) were already raised for a task: each at most once.
create table task_sla_notice (
    task_id     varchar(64) not null,
    stage       varchar(10) not null check (stage in ('REMINDER', 'ESCALATION')),
    notified_at timestamptz not null,
    primary key (task_id, stage)
);
