from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("registrar", "0007_notice_outbox")]

    operations = [
        migrations.CreateModel(
            name="SweepProblem",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("sweeper", models.CharField(max_length=100, verbose_name="sweeper")),
                ("row", models.CharField(help_text="model and primary key, e.g. societies.society:42", max_length=200,
                                         verbose_name="row")),
                ("error", models.TextField(verbose_name="error")),
                ("first_failed_on", models.DateField(verbose_name="first failed on (run date)")),
                ("last_failed_on", models.DateField(verbose_name="last failed on (run date)")),
                ("last_failed_at", models.DateTimeField(verbose_name="last failed at")),
                ("failures", models.PositiveIntegerField(default=1, verbose_name="failed runs")),
                ("resolved_on", models.DateField(blank=True, null=True, verbose_name="resolved on (run date)")),
                ("subject", models.CharField(blank=True, help_text="what the row is, in words, when it could be read",
                                             max_length=200, verbose_name="record")),
                ("url", models.CharField(blank=True, max_length=300, verbose_name="link")),
                ("district", models.ForeignKey(blank=True, null=True, on_delete=models.deletion.PROTECT,
                                               related_name="+", to="registrar.district", verbose_name="district")),
            ],
            options={
                "ordering": ["-last_failed_at", "pk"],
                "indexes": [models.Index(condition=models.Q(("resolved_on__isnull", True)), fields=["sweeper"],
                                         name="sweep_problem_open_idx")],
                "constraints": [models.UniqueConstraint(condition=models.Q(("resolved_on__isnull", True)),
                                                        fields=("sweeper", "row"), name="sweep_problem_open_unique")],
            },
        ),
        migrations.CreateModel(
            name="SweepRun",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("run_on", models.DateField(verbose_name="run date")),
                ("started_at", models.DateTimeField(verbose_name="started at")),
                ("finished_at", models.DateTimeField(blank=True, null=True, verbose_name="finished at")),
                ("done", models.PositiveIntegerField(default=0, verbose_name="rows done")),
                ("failed", models.PositiveIntegerField(default=0, verbose_name="rows failed")),
            ],
            options={"ordering": ["-started_at"]},
        ),
    ]
