from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("registrar", "0021_outbox_message_without_notice")]

    operations = [
        migrations.CreateModel(
            name="RehearsalCopy",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("database", models.CharField(help_text="vendor, host, port and name of the database the mark was written in", max_length=300, unique=True, verbose_name="database")),
                ("marked_at", models.DateTimeField(verbose_name="marked at")),
                ("note", models.CharField(blank=True, max_length=200, verbose_name="note")),
            ],
            options={"verbose_name": "rehearsal copy mark"},
        ),
    ]
