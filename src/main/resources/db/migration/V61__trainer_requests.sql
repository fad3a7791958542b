-- Issue 13 item 5 (seed 5.1.2): the pool keeps each trainer's e-mail (they are told of an
-- assignment by mail); an organisation or the PCO requests a trainer for a case or a provincial
-- event, the PCO assigns one of the province's active pool, and records the trainer's sessions.
alter table trainer add column email varchar(254);

create table trainer_request (
    id              bigserial     primary key,
    province_code   char(2)       not null references province (code),
    case_number     varchar(20)   references organisation_case (case_number),
    event_id        bigint        references provincial_event (id),
    topic           varchar(500)  not null check (btrim(topic) <> ''),
    preferred_dates varchar(500),
    remarks         varchar(2000),
    requested_by    varchar(64)   not null,
    requested_at    timestamptz   not null default now(),
    trainer_id      bigint        references trainer (id),
    assigned_by     varchar(64),
    assigned_at     timestamptz,
    -- for a case or for an event, never both
    check ((case_number is null) <> (event_id is null)),
    check ((trainer_id is null) = (assigned_by is null) and (trainer_id is null) = (assigned_at is null))
);
create index trainer_request_province on trainer_request (province_code, requested_at);
create index trainer_request_case on trainer_request (case_number);
create index trainer_request_event on trainer_request (event_id);

create table trainer_session (
    id                bigserial     primary key,
    request_id        bigint        not null references trainer_request (id),
    held_on           date          not null,
    hours             numeric(4, 1) not null check (hours > 0 and hours <= 24),
    covered           varchar(2000) not null check (btrim(covered) <> ''),
    participant_count integer       not null check (participant_count between 0 and 100000),
    recorded_by       varchar(64)   not null,
    recorded_at       timestamptz   not null default now()
);
create index trainer_session_request on trainer_session (request_id);
