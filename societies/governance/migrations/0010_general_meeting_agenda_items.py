"""Agenda items of a general meeting and the reports placed before it (s.87(5), s.88(4)); the compliance flag for
a meeting held without them (issue 19, ADR 0046)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('governance', '0009_audit_report_accepted_followup_disqualification'),
    ]

    operations = [
        migrations.AlterField(
            model_name='complianceflag',
            name='kind',
            field=models.CharField(choices=[('accounts_not_ready', 'Accounts possibly not ready 15 days before the AGM (s.30(4))'), ('director_bar_meetings', '5-year director bar for Board meetings not held (s.40(4))'), ('part_year_meetings', 'Fewer than four Board meetings in a part year (s.43(1))'), ('agm_adjourned', 'AGM adjourned past the six-month deadline (s.34, s.39)'), ('officer_overrun', "No Board constituted within 90 days of the officer's appointment (s.41(6))"), ('audit_followup_not_filed', 'Audit follow-up report not filed within three months of the AGM (s.85(2))'), ('ineligible_director', 'Auditor reports a Director has become ineligible (s.83(2)(f))'), ('report_not_placed', 'General meeting held without the inquiry or inspection report on its agenda (s.87(5), s.88(4))')], max_length=24),
        ),
        migrations.CreateModel(
            name='AgendaItem',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('position', models.PositiveSmallIntegerField(verbose_name='item')),
                ('text', models.CharField(max_length=300, verbose_name='item of business')),
                ('report_id', models.PositiveBigIntegerField(blank=True, null=True)),
                ('meeting', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='agenda_items', to='governance.generalmeeting')),
                ('report_type', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='contenttypes.contenttype')),
            ],
            options={
                'ordering': ['meeting', 'position'],
                'indexes': [models.Index(fields=['report_type', 'report_id'], name='agenda_report_idx')],
                'constraints': [models.UniqueConstraint(fields=('meeting', 'position'), name='agenda_item_position_unique'), models.UniqueConstraint(condition=models.Q(('report_id__isnull', False)), fields=('meeting', 'report_type', 'report_id'), name='agenda_report_once_per_meeting')],
            },
        ),
    ]
