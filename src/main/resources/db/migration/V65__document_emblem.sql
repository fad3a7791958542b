-- Issue 17: the emblem at the head of the offices' letters and certificates (ตราครุฑ, 3 cm high on a
-- letter), uploaded once by an administrator: not shipped, since no package of the registries we
-- build from carries it. One row; a new upload replaces it.
create table document_emblem (
    id           smallint     primary key default 1 check (id = 1),
    content      bytea        not null,
    content_type varchar(20)  not null check (content_type in ('image/png', 'image/jpeg')),
    width_px     integer      not null check (width_px > 0),
    height_px    integer      not null check (height_px > 0),
    uploaded_by  varchar(64)  not null,
    uploaded_at  timestamptz  not null default now()
);
