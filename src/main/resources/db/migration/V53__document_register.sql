-- Issue 17: the register of issued documents (certificates now, letters later). Numbers run per
-- issuing office (a province's PCO by its province code), fiscal year and kind of document, so a
-- certificate never takes a letter's number; a reissue keeps its number and raises its version.
create table document_number_counter (
    office      varchar(8)  not null,
    fiscal_year integer     not null,
    kind        varchar(40) not null,
    last_value  integer     not null,
    primary key (office, fiscal_year, kind)
);

create table issued_document (
    id            bigserial    primary key,
    office        varchar(8)   not null,
    fiscal_year   integer      not null,
    kind          varchar(40)  not null,
    number        integer      not null,
    -- the office's prefix when issued: the paper reads "ที่ <prefix>/<number>" for good, whatever the setting later
    prefix        varchar(40)  not null,
    -- what it is about (the case number) and for whom (the organisation)
    subject       varchar(40)  not null,
    issued_to     bigint       not null references organisation (id),
    issued_by     varchar(255) not null,
    issued_at     timestamptz  not null,
    version       integer      not null default 1,
    revised_by    varchar(255),
    revised_at    timestamptz,
    -- the public verification page's key (issue 16): unguessable, unlike id and number
    token         varchar(43)  not null unique,
    unique (office, fiscal_year, kind, number),
    -- one document of a kind per subject: asking again returns it, a reissue revises it
    unique (kind, subject)
);
create index issued_document_subject on issued_document (subject);
