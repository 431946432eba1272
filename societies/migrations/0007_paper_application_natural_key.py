"""A paper application's natural key (district, date of receipt, name): entered twice, it is entered once (issue 10
point 5; societies.services.registration.application_receive_paper checks it under the district's lock)."""

import django.db.models.functions.text
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('societies', '0006_input_bounds'),
    ]

    operations = [
        migrations.AddConstraint(
            model_name='registrationapplication',
            constraint=models.UniqueConstraint(models.F('district'), models.F('received_on'), django.db.models.functions.text.Lower('proposed_name'), condition=models.Q(('received_by_hand', True)), name='one_paper_application_per_day'),
        ),
    ]
