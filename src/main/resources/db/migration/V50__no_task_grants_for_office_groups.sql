-- Per-task grants the engine wrote for groups whose task grant on '*' already covers every task
-- of their tenants (province offices, DRA, managers, administrators; docs/access.md, "Province
-- isolation"). They add nothing and made the inbox grow with the square of an office's tasks;
-- identity.OfficeTaskAuthorizationProvider writes no new ones. Organisations' groups (org-<id>)
-- and users keep theirs. Camunda's tables are in schema public and do not exist yet when Flyway
-- runs on a fresh database (the engine creates them at its first start): then there is nothing
-- to delete.
DO $$
BEGIN
    IF to_regclass('public.act_ru_authorization') IS NOT NULL THEN
        DELETE FROM public.act_ru_authorization
         WHERE resource_type_ = 7           -- Resources.TASK
           AND type_ = 1                    -- AUTH_TYPE_GRANT
           AND user_id_ IS NULL
           AND resource_id_ <> '*'
           AND (group_id_ ~ '^pco-[0-9]{2}$' OR group_id_ IN ('dra', 'managers', 'camunda-admin'));
    END IF;
END
$$;
