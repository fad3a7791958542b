-- Issue 17: letters in the register. A letter is addressed to a body or a person who is no
-- organisation of ours (the subcommittee's members, DRA's director-general): it names its
-- addressee instead; a certificate still names its organisation.
alter table issued_document alter column issued_to drop not null;
alter table issued_document add column addressee varchar(300);
alter table issued_document add constraint issued_document_to_whom check (issued_to is not null or addressee is not null);
