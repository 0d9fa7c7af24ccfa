"""Nynorsk: its editors, its approvers, translators' rights in its tree, and its review
workflow ("Fagleg godkjenning") on its home page."""

from django.db import migrations

from editorial.setup import create_roles, create_workflow, use_reading_approval


def forwards(apps, schema_editor):
    create_roles(apps)
    create_workflow(apps)
    use_reading_approval(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0007_usage_report_and_synonyms"),
        ("home", "0005_nynorsk"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
