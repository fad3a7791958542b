-- Counts of requests per key and fixed time window, shared by every application node
-- (system.RequestCounts): public forms per client address, failed logins per client address and
-- per account. Rows of ended windows are deleted as the counts go on.
create table request_count (
    scope        varchar(20)  not null,   -- PUBLIC_FORM, LOGIN_ADDRESS, LOGIN_ACCOUNT
    counted_key  varchar(100) not null,   -- a client address (IPv6: its /64) or a user id
    window_start timestamptz  not null,
    window_end   timestamptz  not null,
    count        integer      not null,
    primary key (scope, counted_key, window_start)
);
create index request_count_window_end on request_count (window_end);
