-- Scheduled work that every node checks for (notification.SlaScanner's scan) is done once per due
-- time across the nodes sharing this database: the node whose insert of (job, due_at) wins does it,
-- the others skip (notification.DueTimeClaims). Rows older than a week are deleted as new ones come.
create table scheduled_run (
    job        varchar(40) not null,
    due_at     timestamptz not null,
    claimed_at timestamptz not null,
    primary key (job, due_at)
);
