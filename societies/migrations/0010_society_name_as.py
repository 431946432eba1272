from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("societies", "0009_application_district_label"),
    ]

    operations = [
        migrations.AddField(
            model_name="society",
            name="name_as",
            field=models.CharField(blank=True, max_length=200, verbose_name="name in Assamese"),
        ),
    ]
