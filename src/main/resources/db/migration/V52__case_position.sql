-- Where each case stands (issue 11): the wait state it is in, whom it waits on, since when and
-- until when. Written by organisationcase.CasePositionTracker in the transaction of the engine's
-- step (docs/processes.md, "Where a case stands"); read by the case list /cases and the case page.
--   stage       the BPMN activity id of the current wait state (user task, message or timer catch
--               event, event-based gateway) or of the end event the case ended at
--   waiting_on  th.moralorg.reference.WaitingOn: ORGANISATION, OFFICE, SUBCOMMITTEE, NATIONAL,
--               TIME, NOBODY (no check constraint: the enum is the list, the tracker writes only its codes)
--   due_at      the task's due date or the timer's due date; null when none
alter table organisation_case
    add column stage       varchar(100),
    add column waiting_on  varchar(20),
    add column stage_since timestamptz,
    add column due_at      timestamptz;

-- The case list (organisationcase.CaseList) at national volume (docs/benchmarks.md). Within one
-- province (at most some thousands of cases) the province's own indexes serve; over every province
-- (DRA, managers) each sort walks an index of its own and stops after a page: newest, waiting
-- longest, due soonest (the case number is the primary key), and "waiting on whom" sorted by how
-- long. The counts per status read an index only; "waiting on whom, overdue" (due_at < now) is a
-- range. Status and fiscal year per province: organisation_case_province_status (V10).
create index organisation_case_newest on organisation_case (created_at desc, case_number desc);
create index organisation_case_province_newest on organisation_case (province_code, created_at desc, case_number desc);
create index organisation_case_waiting_longest on organisation_case (stage_since, case_number);
create index organisation_case_due_soonest on organisation_case (due_at, case_number);
create index organisation_case_waiting on organisation_case (waiting_on, due_at);
create index organisation_case_waiting_since on organisation_case (waiting_on, stage_since, case_number);
create index organisation_case_province_waiting on organisation_case (province_code, waiting_on, due_at);
create index organisation_case_status on organisation_case (status);
create index organisation_case_stage on organisation_case (stage);
create index organisation_case_year_status on organisation_case (fiscal_year, status);
-- a case number typed in part (MO-2569-50…): a prefix search; the primary key's collation cannot serve LIKE
create index organisation_case_number_prefix on organisation_case (case_number varchar_pattern_ops);

-- Thai partial name search (ILIKE '%…%') through trigrams. pg_trgm ships with PostgreSQL (contrib,
-- in Debian's postgresql package and in the zonky binaries) and is a trusted extension since
-- PostgreSQL 13: the owner of the database may create it. Thai letters count as word characters
-- only under a UTF-8 LC_CTYPE (C.UTF-8, th_TH.UTF-8, en_US.UTF-8), not under plain C. Without the
-- extension (no privilege, a build without contrib) the search still works, by a scan of
-- mo.organisation instead of the index (docs/benchmarks.md).
do $$
declare
    trgm_schema text;
begin
    begin
        create extension if not exists pg_trgm;
    exception when others then
        raise notice 'pg_trgm not available (%): organisation names are searched without a trigram index', sqlerrm;
    end;
    select n.nspname into trgm_schema
      from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm';
    if trgm_schema is not null then
        execute format('create index organisation_name_trgm on mo.organisation using gin (name %I.gin_trgm_ops)',
                       trgm_schema);
    end if;
end
$$;
