-- Issue 13 item 2 (seed 5.2.2(5)): the national system's own reference for the entry, when it gives one.
alter table national_database_entry add column reference varchar(100);
