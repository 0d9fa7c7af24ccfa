"""The review workflows read machine translations first, and editors keep the term base."""

from django.db import migrations

from editorial.setup import create_roles, use_reading_approval


def forwards(apps, schema_editor):
    use_reading_approval(apps)
    create_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0004_reading_approval_task"),
        ("terms", "0001_initial"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
