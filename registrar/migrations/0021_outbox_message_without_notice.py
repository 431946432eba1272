"""An outbox e-mail may have no notice: an invitation to an address with no account yet (parties)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("registrar", "0020_activity_head_anchor")]

    operations = [
        migrations.AlterField(
            model_name="outboxmessage", name="notification",
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE,
                                    related_name="outbox", to="registrar.notification"),
        ),
    ]
