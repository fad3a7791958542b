-- Issue 13 item 4, issue 17: an event's certificates of participation and of honour are numbered
-- papers of the register (issued_document, subject '<case number>/EVENT-<event id>'), no longer
-- 'CERT-' strings; the event's summary and its honours (seed 5.2.2(7), 2.5) are kept.
alter table provincial_event
    add column summary           varchar(4000),
    add column participant_count integer check (participant_count between 0 and 100000),
    add column outcomes          varchar(4000);

-- who was honoured at the event: one of its organisations (by case) or a person by name
create table event_honour (
    id          bigserial     primary key,
    event_id    bigint        not null references provincial_event (id),
    position    integer       not null,
    case_number varchar(20)   references organisation_case (case_number),
    person_name varchar(200),
    reason      varchar(1000) not null,
    check ((case_number is null) <> (person_name is null)),
    unique (event_id, case_number),
    unique (event_id, position)
);

-- a case's papers of its events, found by the case number before '/EVENT-' (the home, the case's list)
create index issued_document_case_of_event on issued_document (split_part(subject, '/EVENT-', 1));

-- the certificates issued before as 'CERT-' strings enter the register, numbered per office and
-- fiscal year in the order they were given; the prefix is the default one (an office's configured
-- prefix is not known to SQL), the verification token random like the application's
insert into issued_document (office, fiscal_year, kind, number, prefix, subject, issued_to, issued_by, issued_at, token)
select e.province_code, e.fiscal_year, 'PARTICIPATION_CERTIFICATE',
       row_number() over (partition by e.province_code, e.fiscal_year order by e.held_on, e.id, p.case_number),
       'วธ ๐๔' || translate(e.province_code, '0123456789', '๐๑๒๓๔๕๖๗๘๙'),
       p.case_number || '/EVENT-' || e.id, c.organisation_id, e.created_by,
       coalesce(e.held_on::timestamptz, e.created_at), replace(gen_random_uuid()::text, '-', '')
  from event_participant p
  join provincial_event e on e.id = p.event_id
  join organisation_case c on c.case_number = p.case_number
 where p.certificate_number is not null;

insert into document_number_counter (office, fiscal_year, kind, last_value)
select office, fiscal_year, kind, max(number) from issued_document where kind = 'PARTICIPATION_CERTIFICATE'
 group by office, fiscal_year, kind;

alter table event_participant drop column certificate_number;
