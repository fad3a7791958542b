-- Provincial preparation (seed 5.1), provincial events (5.2.2(1),(7)), the provincial
-- subcommittee review (5.2.2(2)-(3)) and the national forwarding (5.2.2(4)). Owned by the
-- packages preparation, event, review and national. Cases (organisation_case) are only read.

-- 5.1: one preparation per province and fiscal year (guards against starting it twice).
create table preparation (
    province_code       char(2)     not null references province (code),
    fiscal_year         integer     not null check (fiscal_year between 2500 and 2700),
    process_instance_id varchar(64) not null,
    opened_by           varchar(64) not null,
    opened_at           timestamptz not null default now(),
    primary key (province_code, fiscal_year)
);

-- 5.1.2: the province's pool of trainers.
create table trainer (
    id            bigserial     primary key,
    province_code char(2)       not null references province (code),
    name          varchar(200)  not null,
    affiliation   varchar(300)  not null,
    expertise     varchar(1000) not null,
    contact       varchar(300)  not null,
    active        boolean       not null default true,
    updated_by    varchar(64)   not null,
    updated_at    timestamptz   not null default now()
);
create index trainer_province on trainer (province_code);

-- 5.1.4: the outreach opens registration for the province and fiscal year.
create table registration_window (
    province_code         char(2)       not null references province (code),
    fiscal_year           integer       not null check (fiscal_year between 2500 and 2700),
    opened_at             timestamptz   not null default now(),
    opened_by             varchar(64)   not null,
    channels              varchar(1000) not null,
    outreach_from         date          not null,
    outreach_to           date          not null,
    organisations_reached integer       not null check (organisations_reached >= 0),
    primary key (province_code, fiscal_year)
);

-- 5.2.2(1),(7): orientation meetings, goodness markets, moral assemblies, study visits.
create table provincial_event (
    id                  bigserial    primary key,
    province_code       char(2)      not null references province (code),
    fiscal_year         integer      not null check (fiscal_year between 2500 and 2700),
    event_type          varchar(30)  not null check (event_type in ('ORIENTATION', 'GOODNESS_MARKET', 'MORAL_ASSEMBLY', 'STUDY_VISIT')),
    title               varchar(300) not null,
    planned_on          date         not null,
    place               varchar(300) not null,
    held_on             date,
    status              varchar(20)  not null default 'PLANNED' check (status in ('PLANNED', 'HELD')),
    process_instance_id varchar(64),
    created_by          varchar(64)  not null,
    created_at          timestamptz  not null default now()
);
create index provincial_event_province on provincial_event (province_code, fiscal_year);

create table event_participant (
    event_id           bigint      not null references provincial_event (id),
    case_number        varchar(20) not null references organisation_case (case_number),
    invited_at         timestamptz not null default now(),
    attended           boolean     not null default false,
    certificate_number varchar(40) unique,
    delivery           varchar(20),          -- DELIVERED / NOT_WAITING (OrientationAttended)
    primary key (event_id, case_number)
);
create index event_participant_case on event_participant (case_number);

-- 5.2.2(2)-(3): a provincial subcommittee meeting and its preliminary list.
create table review_meeting (
    id                  bigserial     primary key,
    province_code       char(2)       not null references province (code),
    fiscal_year         integer       not null check (fiscal_year between 2500 and 2700),
    status              varchar(20)   not null default 'OPEN'
                        check (status in ('OPEN', 'SCHEDULED', 'DECIDED', 'REPORTED', 'CLOSED')),
    meeting_date        date,
    place               varchar(300),
    members             varchar(4000),
    process_instance_id varchar(64),
    opened_by           varchar(64)   not null,
    opened_at           timestamptz   not null default now(),
    decided_at          timestamptz,
    reported_at         timestamptz
);
create index review_meeting_province on review_meeting (province_code, fiscal_year);

create table review_item (
    meeting_id        bigint        not null references review_meeting (id),
    case_number       varchar(20)   not null references organisation_case (case_number),
    proposed_level    integer,
    score             numeric(7, 2),
    documents_count   integer       not null default 0,
    resolution        varchar(20)   check (resolution in ('CERTIFIED', 'REVISE', 'NOT_CERTIFIED', 'CARRIED_OVER', 'WITHDRAWN')),
    certified_level   integer       check (certified_level between 1 and 3),
    outstanding_model boolean       not null default false,
    remarks           varchar(4000),
    delivery          varchar(20),          -- DELIVERED / NOT_WAITING (ProvincialDecision)
    decided_by        varchar(64),
    decided_at        timestamptz,
    primary key (meeting_id, case_number),
    check (resolution <> 'CERTIFIED' or certified_level is not null)
);
create index review_item_case on review_item (case_number);

create table review_minutes (
    meeting_id   bigint       primary key references review_meeting (id),
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   integer      not null check (size_bytes > 0),
    sha256       char(64)     not null,
    content      bytea        not null,
    uploaded_by  varchar(64)  not null,
    uploaded_at  timestamptz  not null default now()
);

-- 5.2.2(4): a provincial report as DRA receives it, and the national result per case.
create table national_report (
    id                  bigserial     primary key,
    meeting_id          bigint        not null references review_meeting (id),
    round               integer       not null default 1,
    province_code       char(2)       not null references province (code),
    fiscal_year         integer       not null,
    status              varchar(20)   not null default 'RECEIVED'
                        check (status in ('RECEIVED', 'RETURNED', 'ACCEPTED', 'SELECTED', 'DECIDED')),
    remarks             varchar(4000),
    selection_date      date,
    committee_date      date,
    process_instance_id varchar(64),
    received_at         timestamptz   not null default now(),
    unique (meeting_id, round)
);

create table national_item (
    report_id         bigint        not null references national_report (id),
    case_number       varchar(20)   not null references organisation_case (case_number),
    certified_level   integer       not null,
    selected          boolean,
    outstanding_model boolean       not null default false,
    result            varchar(20)   check (result in ('ENDORSED', 'NOT_ENDORSED')),
    remarks           varchar(4000),
    delivery          varchar(20),
    primary key (report_id, case_number)
);
create index national_item_case on national_item (case_number);
