-- Production grants for the activity log and its anchor (ADR 0031). Run with psql as the OWNER role, the one
-- that runs migrations and owns every table; never as the application role:
--
--   psql "$OWNER_DATABASE_URL" -v app=sahakar_app -v anchor=sahakar_anchor -f docs/activity-log-grants.sql
--
-- Three roles, three sets of credentials:
--   owner   runs `manage.py migrate`; owns the tables (only an owner can TRUNCATE, disable a trigger, or drop).
--           Its password is used for deployments only and is kept by the Registrar's IT cell, not in the app's
--           environment.
--   app     DATABASE_URL of gunicorn and the Celery workers. May append to the log and read it; may read
--           checkpoints. Cannot UPDATE, DELETE or TRUNCATE the log, cannot write a checkpoint.
--   anchor  ANCHOR_DATABASE_URL, set only for the worker that consumes ACTIVITY_ANCHOR_QUEUE (or the cron job
--           running `manage.py anchor_activity`). Reads the log, appends checkpoints; nothing else. (That job
--           also has the app URL: the published head is a notice to the Registrar, written as the app.)
-- The head is also published daily (e-mail to the Registrar, /activity/head/): that copy is beyond even the
-- owner's reach, and `manage.py verify_activity --expect-head SEQ:HASH` checks it.

\set ON_ERROR_STOP on
BEGIN;

-- Everything else: the application reads and writes its data.
GRANT USAGE ON SCHEMA public TO :"app", :"anchor";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"app";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :"app";

-- The log: append and read only.
REVOKE ALL ON registrar_activityentry FROM PUBLIC, :"app", :"anchor";
GRANT SELECT, INSERT ON registrar_activityentry TO :"app";
GRANT SELECT ON registrar_activityentry TO :"anchor";

-- Checkpoints: the application reads them (verify_activity, /activity/head/); only the anchor appends.
REVOKE ALL ON registrar_activitycheckpoint FROM PUBLIC, :"app", :"anchor";
GRANT SELECT ON registrar_activitycheckpoint TO :"app";
GRANT SELECT, INSERT ON registrar_activitycheckpoint TO :"anchor";
GRANT USAGE ON SEQUENCE registrar_activitycheckpoint_id_seq TO :"anchor";

COMMIT;
