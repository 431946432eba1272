"""A database-level guard on the activity log (PostgreSQL, the production database): UPDATE and DELETE of an
entry raise. TRUNCATE is left to the table owner (test teardown uses it); production revokes it from the
application role. SQLite, the quick-start database, relies on the ORM guards."""

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION registrar_activity_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'the activity log is append-only (% refused on entry #%)', TG_OP, OLD.seq;
END $$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS registrar_activity_append_only ON registrar_activityentry;
CREATE TRIGGER registrar_activity_append_only BEFORE UPDATE OR DELETE ON registrar_activityentry
  FOR EACH ROW EXECUTE FUNCTION registrar_activity_append_only();
"""
DROP = """
DROP TRIGGER IF EXISTS registrar_activity_append_only ON registrar_activityentry;
DROP FUNCTION IF EXISTS registrar_activity_append_only();
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE, params=None)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [("registrar", "0003_districts_and_offices")]
    operations = [migrations.RunPython(forwards, backwards)]
