"""The Danish tree gets its review workflow named in Danish, "Faglig godkendelse"."""

from django.db import migrations

from editorial.setup import create_workflow


def workflows(apps, schema_editor):
    create_workflow(apps)


class Migration(migrations.Migration):
    dependencies = [("editorial", "0002_search_promotion_rights")]

    operations = [migrations.RunPython(workflows, migrations.RunPython.noop)]
