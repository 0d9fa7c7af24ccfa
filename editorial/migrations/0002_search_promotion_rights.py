"""Approvers manage the editors' picks of site search."""

from django.db import migrations

from editorial.setup import create_roles


def roles(apps, schema_editor):
    create_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_roles_and_workflow"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(roles, migrations.RunPython.noop)]
