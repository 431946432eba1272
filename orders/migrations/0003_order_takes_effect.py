"""The order's own effect: the last day before it falls and the day it fell (orders.clocks, ADR 0032-stays)."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('orders', '0002_existing_orders'),
    ]

    operations = [
        migrations.AddField(
            model_name='order',
            name='takes_effect_after',
            field=models.DateField(blank=True, null=True, verbose_name='takes effect after'),
        ),
        migrations.AddField(
            model_name='order',
            name='took_effect_on',
            field=models.DateField(blank=True, null=True, verbose_name='took effect on'),
        ),
        migrations.AddIndex(
            model_name='order',
            index=models.Index(condition=models.Q(('takes_effect_after__isnull', False), ('took_effect_on__isnull', True)), fields=['takes_effect_after'], name='order_effect_due_idx'),
        ),
        migrations.AddConstraint(
            model_name='order',
            constraint=models.CheckConstraint(condition=models.Q(('took_effect_on__isnull', True), ('took_effect_on__gt', models.F('takes_effect_after')), _connector='OR'), name='order_took_effect_after_its_last_day'),
        ),
    ]
