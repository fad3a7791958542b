-- Issue 13 item 1 (seed 5.2.2(4)): a report DRA returned is corrected by the province before it is
-- sent again: a certified case can be held back from the resubmitted report, with the reason DRA
-- reads; it goes with the province's next report of the fiscal year (mo.national_item, RegisterProvincialReport).
alter table review_item add column held_back_reason varchar(2000);
alter table review_item add column held_back_by varchar(64);
alter table review_item add column held_back_at timestamptz;
alter table review_item add constraint review_item_held_back
    check ((held_back_reason is null) = (held_back_by is null) and (held_back_by is null) = (held_back_at is null));
create index review_item_held_back_case on review_item (case_number) where held_back_at is not null;
