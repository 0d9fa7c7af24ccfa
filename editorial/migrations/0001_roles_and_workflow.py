"""Every install gets the editorial roles and the review workflow on both locale trees."""

from django.db import migrations

from editorial.setup import create_roles, create_workflow


def roles_and_workflow(apps, schema_editor):
    create_roles(apps)
    create_workflow(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("home", "0002_home_pages_and_locales"),
        ("programme", "0004_task_ticks"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [
        migrations.RunPython(roles_and_workflow, migrations.RunPython.noop),
    ]
