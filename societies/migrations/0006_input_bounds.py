"""Input bounded at the model (issue 10 § 2; ADR 0012-input-bounds): the financial-year end is a real day, the
Act's dates are not before its commencement, share capital is not negative.

The CHECK constraints are added NOT VALID on PostgreSQL (registrar.constraints.AddConstraintNotValid): new and
changed rows are checked at once, existing rows are not scanned. `manage.py invalid_rows` lists the rows that
break them; `manage.py invalid_rows --validate` validates each constraint once no row breaks it.
"""

import datetime

from django.db import migrations, models

import registrar.bounds
from registrar.constraints import AddConstraintNotValid


class Migration(migrations.Migration):

    dependencies = [
        ('societies', '0005_hearing_particulars'),
    ]

    operations = [
        migrations.AlterField(
            model_name='registrationapplication',
            name='authorised_share_capital',
            field=models.DecimalField(decimal_places=2, max_digits=14, validators=[registrar.bounds.validate_not_negative], verbose_name='authorised share capital (₹)'),
        ),
        migrations.AlterField(
            model_name='registrationapplication',
            name='dispatched_on',
            field=models.DateField(blank=True, null=True, validators=[registrar.bounds.validate_since_commencement], verbose_name='dispatched on'),
        ),
        migrations.AlterField(
            model_name='registrationapplication',
            name='hearing_on',
            field=models.DateField(blank=True, null=True, validators=[registrar.bounds.validate_since_commencement], verbose_name='hearing on'),
        ),
        migrations.AlterField(
            model_name='registrationapplication',
            name='received_on',
            field=models.DateField(blank=True, null=True, validators=[registrar.bounds.validate_since_commencement], verbose_name='received on'),
        ),
        AddConstraintNotValid(
            model_name='registrationapplication',
            constraint=models.CheckConstraint(condition=models.Q(('state', 'draft'), models.Q(('received_on__isnull', True), ('state', 'withdrawn')), models.Q(('fy_end_day__gte', 1), ('fy_end_day__lte', 28), ('fy_end_month__in', [2])), models.Q(('fy_end_day__gte', 1), ('fy_end_day__lte', 30), ('fy_end_month__in', [4, 6, 9, 11])), models.Q(('fy_end_day__gte', 1), ('fy_end_day__lte', 31), ('fy_end_month__in', [1, 3, 5, 7, 8, 10, 12])), _connector='OR'), name='application_fy_end_real_day'),
        ),
        AddConstraintNotValid(
            model_name='registrationapplication',
            constraint=models.CheckConstraint(condition=models.Q(('state', 'draft'), models.Q(('received_on__isnull', True), ('state', 'withdrawn')), ('authorised_share_capital__gte', 0), _connector='OR'), name='application_share_capital_not_negative'),
        ),
        AddConstraintNotValid(
            model_name='registrationapplication',
            constraint=models.CheckConstraint(condition=models.Q(('received_on__isnull', True), ('received_on__gte', datetime.date(2012, 3, 10)), _connector='OR'), name='application_received_since_act'),
        ),
        AddConstraintNotValid(
            model_name='registrationapplication',
            constraint=models.CheckConstraint(condition=models.Q(('hearing_on__isnull', True), ('hearing_on__gte', datetime.date(2012, 3, 10)), _connector='OR'), name='application_hearing_since_act'),
        ),
        AddConstraintNotValid(
            model_name='registrationapplication',
            constraint=models.CheckConstraint(condition=models.Q(('dispatched_on__isnull', True), ('dispatched_on__gte', datetime.date(2012, 3, 10)), _connector='OR'), name='application_dispatched_since_act'),
        ),
        AddConstraintNotValid(
            model_name='society',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('fy_end_day__gte', 1), ('fy_end_day__lte', 28), ('fy_end_month__in', [2])), models.Q(('fy_end_day__gte', 1), ('fy_end_day__lte', 30), ('fy_end_month__in', [4, 6, 9, 11])), models.Q(('fy_end_day__gte', 1), ('fy_end_day__lte', 31), ('fy_end_month__in', [1, 3, 5, 7, 8, 10, 12])), _connector='OR'), name='society_fy_end_real_day'),
        ),
    ]
