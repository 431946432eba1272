"""A trigram index on Person.name_key for matching's pre-filter (membership.services.people._candidates).

`name_key__contains` compiles to LIKE '%word%', which only a pg_trgm GIN index serves: without it every deemed
admission scanned all persons. PostgreSQL only (as openregister 0001); SQLite filters by substring without it.
With (name, id), the model's ordering, the bounded pre-filter stops early when a word matches many persons.

The extension is created if missing and never dropped on the way back: the public register's indexes
(openregister 0001) need it too, and Django's TrigramExtension reverses to DROP EXTENSION, which failed with
those indexes present and left the test database half-migrated (the orders migration test migrates backwards).
"""

from django.db import migrations, models

INDEX = "membership_person_name_key_trgm"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON membership_person USING gin (name_key gin_trgm_ops)")


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):

    dependencies = [
        ("membership", "0006_scheme_transfer_basis"),
    ]

    operations = [
        migrations.RunPython(create_index, drop_index),
        migrations.AddIndex(
            model_name="person",
            index=models.Index(fields=["name", "id"], name="person_name_order"),
        ),
    ]
