import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    """The notice outbox (issue 11 § 4): one row per e-mail / SMS a notice owes, written in the effect's
    transaction and delivered at least once by registrar.outbox."""

    # After 0011 (landed first, though numbered later); 0010_sweep_problems follows this one.
    dependencies = [
        ("registrar", "0011_login_throttle_counters"),
    ]

    operations = [
        migrations.CreateModel(
            name="OutboxMessage",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("channel", models.CharField(choices=[("email", "E-mail"), ("sms", "SMS")], max_length=5,
                                             verbose_name="channel")),
                ("to", models.CharField(max_length=254, verbose_name="to")),
                ("subject", models.CharField(max_length=200, verbose_name="subject")),
                ("body", models.TextField(verbose_name="message")),
                ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="created")),
                ("sent_at", models.DateTimeField(blank=True, null=True, verbose_name="sent")),
                ("attempts", models.PositiveIntegerField(default=0, verbose_name="attempts")),
                ("last_attempt_at", models.DateTimeField(blank=True, null=True, verbose_name="last attempt")),
                ("last_error", models.CharField(blank=True, max_length=500, verbose_name="last error")),
                ("notification", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="outbox",
                                                   to="registrar.notification")),
            ],
            options={
                "ordering": ["-created_at", "-id"],
                "indexes": [models.Index(condition=models.Q(("sent_at__isnull", True)), fields=["created_at"],
                                         name="outbox_unsent")],
                "constraints": [models.UniqueConstraint(fields=("notification", "channel"),
                                                        name="outbox_once_per_notice_channel")],
            },
        ),
    ]
