-- Every process step finds its row (case, preparation, event, meeting, report) by the process
-- instance it runs in, never by a business key or a variable (docs/processes.md, "Rows and
-- instances"). One row has at most one instance, and an instance at most one row.

alter table organisation_case add column process_instance_id varchar(64);
alter table organisation_case add constraint organisation_case_process_instance unique (process_instance_id);

-- the preparation was claimed with '-' until its instance id was known; now null
alter table preparation alter column process_instance_id drop not null;
update preparation set process_instance_id = null where process_instance_id = '-';
alter table preparation add constraint preparation_process_instance unique (process_instance_id);

alter table provincial_event add constraint provincial_event_process_instance unique (process_instance_id);
alter table review_meeting add constraint review_meeting_process_instance unique (process_instance_id);
alter table national_report add constraint national_report_process_instance unique (process_instance_id);

-- Cases running before this migration: their instance by business key (the case number), when
-- exactly one runs. On a fresh database Camunda creates its tables after Flyway: nothing to do.
do $$
begin
    if to_regclass('public.act_ru_execution') is not null then
        execute $sql$
            update mo.organisation_case c set process_instance_id = r.proc_inst_id_
              from (select e.business_key_, min(e.proc_inst_id_) as proc_inst_id_
                      from public.act_ru_execution e
                      join public.act_re_procdef d on d.id_ = e.proc_def_id_
                     where e.id_ = e.proc_inst_id_ and d.key_ = 'organisation-case'
                     group by e.business_key_ having count(*) = 1) r
             where r.business_key_ = c.case_number and c.process_instance_id is null
        $sql$;
    end if;
end
$$;
