-- Issue 13 item 1 (seed 5.2.2(4)): DRA's national round as it happens. Per fiscal year and round,
-- one National Selection Subcommittee meeting and one National Committee meeting; DRA puts on them
-- cases from any number of accepted provincial reports and records each case's result once. A case
-- sits on at most one meeting of each body (the item's columns below); who recorded its result goes
-- with the NationalResult message.
create table national_meeting (
    id           bigserial     primary key,
    fiscal_year  integer       not null,
    round        integer       not null check (round > 0),
    body         varchar(20)   not null check (body in ('SELECTION', 'COMMITTEE')),
    status       varchar(20)   not null default 'OPEN' check (status in ('OPEN', 'DECIDED')),
    meeting_date date,
    place        varchar(500),
    remarks      varchar(4000),
    opened_by    varchar(64)   not null,
    opened_at    timestamptz   not null default now(),
    decided_by   varchar(64),
    decided_at   timestamptz,
    unique (fiscal_year, round, body),
    check ((status = 'DECIDED') = (decided_by is not null) and (decided_by is null) = (decided_at is null)
           and (status = 'OPEN' or meeting_date is not null))
);

alter table national_item add column selection_meeting_id bigint references national_meeting (id);
alter table national_item add column committee_meeting_id bigint references national_meeting (id);
alter table national_item add column decided_by varchar(64);
create index national_item_selection_meeting on national_item (selection_meeting_id);
create index national_item_committee_meeting on national_item (committee_meeting_id);
-- what awaits a body: the items of accepted reports of a year not yet on a meeting
create index national_report_status on national_report (fiscal_year, status);
