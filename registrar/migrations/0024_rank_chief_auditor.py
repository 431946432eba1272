"""The Chief Auditor rank (s.86: orders a re-audit; issue 18, ADR 0045). Choices only: no data changes."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("registrar", "0023_emailverification_new_email"),
    ]

    operations = [
        migrations.AlterField(
            model_name="officer",
            name="rank",
            field=models.CharField(
                choices=[("rcs", "Registrar of Co-operative Societies"), ("addl_rcs", "Additional Registrar"),
                         ("joint_rcs", "Joint Registrar"), ("deputy_rcs", "Deputy Registrar"),
                         ("arcs", "Assistant Registrar (ARCS)"), ("inspector", "Inspector"), ("auditor", "Auditor"),
                         ("chiefauditor", "Chief Auditor")],
                max_length=12, verbose_name="rank"),
        ),
    ]
