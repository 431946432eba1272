"""Checkpoints of the activity log's head and tallies of anonymous events counted outside the chain (ADR 0031).

On PostgreSQL a trigger refuses UPDATE and DELETE of a checkpoint, as migration 0004 does for the log itself.
The production grants (the application role may only read checkpoints; the anchor role appends them) are in
docs/activity-log-grants.sql: grants name deployment roles, so they are not a migration."""

import django.db.models.deletion
from django.db import migrations, models

CREATE = """
CREATE OR REPLACE FUNCTION registrar_checkpoint_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'activity checkpoints are append-only (% refused on checkpoint %)', TG_OP, OLD.id;
END $$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS registrar_checkpoint_append_only ON registrar_activitycheckpoint;
CREATE TRIGGER registrar_checkpoint_append_only BEFORE UPDATE OR DELETE ON registrar_activitycheckpoint
  FOR EACH ROW EXECUTE FUNCTION registrar_checkpoint_append_only();
"""
DROP = """
DROP TRIGGER IF EXISTS registrar_checkpoint_append_only ON registrar_activitycheckpoint;
DROP FUNCTION IF EXISTS registrar_checkpoint_append_only();
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE, params=None)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("registrar", "0010_sweep_problems"),
        ("societies", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="ActivityCheckpoint",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("seq", models.PositiveBigIntegerField(verbose_name="entries")),
                ("hash", models.CharField(max_length=64, verbose_name="head hash")),
                ("at", models.DateTimeField(verbose_name="anchored at")),
                ("published", models.BooleanField(default=False)),
            ],
            options={
                "ordering": ["-pk"],
                "indexes": [models.Index(fields=["published", "-id"], name="checkpoint_published")],
            },
        ),
        migrations.CreateModel(
            name="ActivityTally",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("action", models.CharField(max_length=64, verbose_name="action")),
                ("target", models.CharField(max_length=120, verbose_name="target")),
                ("day", models.DateField(verbose_name="day")),
                ("count", models.PositiveIntegerField(default=0, verbose_name="count")),
                ("society", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE,
                                              related_name="+", to="societies.society")),
            ],
            options={
                "constraints": [models.UniqueConstraint(fields=("action", "target", "day"),
                                                        name="activity_tally_once")],
            },
        ),
        migrations.RunPython(forwards, backwards),
    ]
