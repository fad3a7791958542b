-- 5.1.1: the PCO's orientation meeting for its own staff, one record per province and fiscal year
-- (recording it again replaces it).
create table staff_orientation (
    province_code    char(2)      not null references province (code),
    fiscal_year      integer      not null check (fiscal_year between 2500 and 2700),
    orientation_date date         not null,
    attendee_count   integer      not null check (attendee_count between 1 and 1000),
    attendees        text         not null,
    materials        text         not null,
    recorded_by      varchar(64)  not null,
    recorded_at      timestamptz  not null,
    primary key (province_code, fiscal_year)
);
