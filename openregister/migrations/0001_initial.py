import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

# Trigram indexes for the public register's search (openregister/search.py): PostgreSQL only; SQLite searches by
# substring without them. The extension is created if missing and never dropped on the way back (Django's
# TrigramExtension reverses to DROP EXTENSION): membership 0007's index needs it too.
TRIGRAM_INDEXES = {
    "society_name_search_trgm": "name_search",
    "society_name_as_trgm": "name_as",
    "society_area_trgm": "area_of_operation",
    "society_address_trgm": "address",
}


def create_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, column in TRIGRAM_INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON societies_society USING gin ({column} gin_trgm_ops)")


def drop_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in TRIGRAM_INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("societies", "0010_society_name_as"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunPython(create_trigram_indexes, drop_trigram_indexes),
        migrations.CreateModel(
            name="ApiClient",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("name", models.CharField(max_length=200, verbose_name="organisation")),
                ("contact_email", models.EmailField(max_length=254, verbose_name="contact email")),
                ("purpose", models.CharField(max_length=300, verbose_name="purpose")),
                ("key_prefix", models.CharField(db_index=True, editable=False, max_length=11)),
                ("key_hash", models.CharField(editable=False, max_length=64, unique=True)),
                ("requests_per_window", models.PositiveIntegerField(
                    default=6000, help_text="Anonymous clients get 600.", verbose_name="requests per 5 minutes")),
                ("issued_at", models.DateTimeField(verbose_name="issued")),
                ("revoked_at", models.DateTimeField(blank=True, null=True, verbose_name="revoked")),
                ("revoked_reason", models.CharField(blank=True, max_length=300, verbose_name="reason")),
                ("issued_by", models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name="+",
                                                to=settings.AUTH_USER_MODEL)),
                ("revoked_by", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT,
                                                 related_name="+", to=settings.AUTH_USER_MODEL)),
            ],
            options={
                "ordering": ["name", "pk"],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("requests_per_window__gte", 1), ("requests_per_window__lte", 1000000)),
                        name="api_client_limit_in_range"),
                    models.CheckConstraint(
                        condition=models.Q(("revoked_at__isnull", True), models.Q(("revoked_reason", ""), _negated=True),
                                           _connector="OR"),
                        name="api_client_revocation_has_reason"),
                ],
            },
        ),
        migrations.CreateModel(
            name="OpenDataRelease",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("version", models.CharField(max_length=32, unique=True)),
                ("made_on", models.DateField()),
                ("made_at", models.DateTimeField()),
                ("societies", models.PositiveIntegerField(default=0)),
                ("files", models.JSONField(default=list)),
            ],
            options={"ordering": ["-made_at", "-pk"]},
        ),
    ]
