-- A registration that matched an existing organisation whose coordinators had other addresses:
-- those addresses, shown to the PCO, who must confirm before the sender joins the organisation
-- (and reads its earlier cases). Null when the organisation is new or the address is one it had.
alter table organisation_case add column other_coordinators varchar(1000);
