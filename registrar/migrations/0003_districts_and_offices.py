from django.db import migrations


def load(apps, schema_editor):
    from registrar.districts import DIRECTORATE_ADDRESS, DIRECTORATE_NAME, DISTRICTS

    District = apps.get_model("registrar", "District")
    Office = apps.get_model("registrar", "Office")
    Office.objects.get_or_create(name=DIRECTORATE_NAME, defaults={"kind": "directorate", "address": DIRECTORATE_ADDRESS})
    for name, name_as, code, hq in DISTRICTS:
        district, _ = District.objects.update_or_create(
            code=code, defaults={"name": name, "name_as": name_as, "headquarters": hq}
        )
        Office.objects.get_or_create(
            district=district,
            defaults={"name": f"Office of the ARCS, {name}", "kind": "district",
                      "address": f"Office of the Assistant Registrar of Co-operative Societies, {hq}"},
        )


class Migration(migrations.Migration):
    dependencies = [("registrar", "0002_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
