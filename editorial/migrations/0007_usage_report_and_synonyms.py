"""Editors and approvers see the downloads and searches report and keep the search's synonyms."""

from django.db import migrations

from editorial.setup import create_roles


def forwards(apps, schema_editor):
    create_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0006_root_collection_name"),
        ("usage", "0001_initial"),
        ("discovery", "0002_synonyms"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
