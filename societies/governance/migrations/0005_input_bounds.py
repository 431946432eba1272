"""Input bounded at the model (issue 10 § 2; ADR 0012-input-bounds): requisitions, meetings and proceedings are
not dated before the Act's commencement (10 Mar 2012); an annual return's money is not negative (only the profit
or loss may be).

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
        ('governance', '0004_double_submission_natural_keys'),
    ]

    operations = [
        migrations.AlterField(
            model_name='boardmeeting',
            name='held_on',
            field=models.DateField(validators=[registrar.bounds.validate_since_commencement], verbose_name='date of the meeting'),
        ),
        migrations.AlterField(
            model_name='generalmeeting',
            name='held_on',
            field=models.DateField(validators=[registrar.bounds.validate_since_commencement], verbose_name='date of the meeting'),
        ),
        migrations.AlterField(
            model_name='proceedings',
            name='received_on',
            field=models.DateField(validators=[registrar.bounds.validate_since_commencement], verbose_name='received on'),
        ),
        migrations.AlterField(
            model_name='requisition',
            name='received_on',
            field=models.DateField(validators=[registrar.bounds.validate_since_commencement], verbose_name='received on'),
        ),
        AddConstraintNotValid(
            model_name='annualreturn',
            constraint=models.CheckConstraint(condition=models.Q(('share_capital__gte', 0), ('deposits__gte', 0), ('borrowings__gte', 0), ('loans_outstanding__gte', 0), ('turnover__gte', 0), ('reserves__gte', 0)), name='annual_return_money_not_negative'),
        ),
        AddConstraintNotValid(
            model_name='boardmeeting',
            constraint=models.CheckConstraint(condition=models.Q(('held_on__gte', datetime.date(2012, 3, 10))), name='board_meeting_held_since_act'),
        ),
        AddConstraintNotValid(
            model_name='generalmeeting',
            constraint=models.CheckConstraint(condition=models.Q(('held_on__gte', datetime.date(2012, 3, 10))), name='general_meeting_held_since_act'),
        ),
        AddConstraintNotValid(
            model_name='proceedings',
            constraint=models.CheckConstraint(condition=models.Q(('received_on__gte', datetime.date(2012, 3, 10))), name='proceedings_received_since_act'),
        ),
        AddConstraintNotValid(
            model_name='requisition',
            constraint=models.CheckConstraint(condition=models.Q(('received_on__gte', datetime.date(2012, 3, 10))), name='requisition_received_since_act'),
        ),
    ]
