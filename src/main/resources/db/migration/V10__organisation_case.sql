-- The organisation's case (seed 5.2.1): organisations, one case per organisation and fiscal year,
-- versioned form submissions, attachments and decisions. Owned by package organisationcase;
-- other processes read these tables and talk to a case only through BPMN messages.

create table organisation (
    id              bigserial    primary key,
    name            varchar(300) not null,
    name_key        varchar(300) not null,          -- lower-cased, spaces folded: finds the same organisation again
    org_type        varchar(40)  not null,
    parent_body     varchar(300),
    address         varchar(1000) not null,
    province_code   char(2)      not null references province (code),
    executive_count integer      not null check (executive_count >= 0),
    member_count    integer      not null check (member_count >= 0),
    head_name       varchar(200) not null,
    created_at      timestamptz  not null default now(),
    unique (name_key, province_code)
);

create table organisation_case (
    case_number          varchar(20)  primary key,      -- MO-2569-50-0042
    organisation_id      bigint       not null references organisation (id),
    fiscal_year          integer      not null check (fiscal_year between 2500 and 2700),
    province_code        char(2)      not null references province (code),
    status               varchar(40)  not null,
    proposed_level       integer      check (proposed_level between 0 and 3),
    certified_level      integer      check (certified_level between 1 and 3),
    outstanding_model    boolean      not null default false,
    previous_case_number varchar(20)  references organisation_case (case_number),
    coordinator_user_id  varchar(64),
    coordinator_name     varchar(200) not null,
    coordinator_position varchar(200) not null,
    coordinator_phone    varchar(30)  not null,
    coordinator_email    varchar(254) not null,
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now(),
    unique (organisation_id, fiscal_year)
);
create index organisation_case_province_status on organisation_case (province_code, fiscal_year, status);

-- Case numbers run per fiscal year and province.
create table case_number_counter (
    fiscal_year   integer not null,
    province_code char(2) not null,
    last_value    integer not null,
    primary key (fiscal_year, province_code)
);

-- Every submitted form (อ.01–อ.05 and the officers' decisions) as a new version; nothing overwritten.
create table form_submission (
    id           bigserial   primary key,
    case_number  varchar(20) not null references organisation_case (case_number),
    form_code    varchar(40) not null,
    version      integer     not null,
    data         jsonb       not null,
    submitted_by varchar(64),
    submitted_at timestamptz not null default now(),
    unique (case_number, form_code, version)
);

create table attachment (
    id           bigserial    primary key,
    case_number  varchar(20)  not null references organisation_case (case_number),
    purpose      varchar(40)  not null,
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   integer      not null check (size_bytes > 0),
    sha256       char(64)     not null,
    content      bytea        not null,
    uploaded_by  varchar(64)  not null,
    uploaded_at  timestamptz  not null default now()
);
create index attachment_case on attachment (case_number);

create table case_decision (
    id          bigserial   primary key,
    case_number varchar(20) not null references organisation_case (case_number),
    stage       varchar(40) not null,   -- INTENT_REVIEW, COMPLETENESS, PROVINCIAL, NATIONAL
    outcome     varchar(40) not null,
    level       integer     check (level between 1 and 3),
    remarks     varchar(4000),
    decided_by  varchar(64),
    decided_at  timestamptz not null default now()
);
create index case_decision_case on case_decision (case_number);

-- One-time links: set a password (coordinator account) or correct a registration.
create table one_time_link (
    token_sha256 char(64)    primary key,
    purpose      varchar(30) not null,
    case_number  varchar(20) not null references organisation_case (case_number),
    user_id      varchar(64),
    expires_at   timestamptz not null,
    used_at      timestamptz
);

-- 5.2.2(5): the entry a PCO records in the national moral-organisation database.
create table national_database_entry (
    case_number varchar(20) primary key references organisation_case (case_number),
    recorded_by varchar(64) not null,
    recorded_at timestamptz not null default now()
);
