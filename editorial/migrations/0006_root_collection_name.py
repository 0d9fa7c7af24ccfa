"""The root collection is named "Alle" ("all" in Bokmål and Danish) instead of Wagtail's
English "Root": editors see it in every collection field and chooser. Wagtail's sample
task "Moderators approval", whose workflow is off, is turned off too."""

from django.db import migrations


def rename(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    Collection.objects.filter(depth=1, name="Root").update(name="Alle")
    Task = apps.get_model("wagtailcore", "Task")
    unused = Task.objects.filter(name="Moderators approval").exclude(
        workflow_tasks__workflow__active=True
    )
    unused.update(active=False)


def back(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    Collection.objects.filter(depth=1, name="Alle").update(name="Root")


class Migration(migrations.Migration):
    dependencies = [("editorial", "0005_reading_approval_and_terms"), ("wagtailcore", "0098_apitoken")]

    operations = [migrations.RunPython(rename, back)]
