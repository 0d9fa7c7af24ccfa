"""Create the nb and da locales, one home page per locale, and sync da from nb.

The home pages replace Wagtail's welcome page; the da page is a translation of
the nb page (same translation_key), so the language switcher links them.
"""

import uuid

from django.db import migrations

HOME_TITLE = "Samling"


def create_home_pages(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")
    LocaleSynchronization = apps.get_model("wagtail_localize.LocaleSynchronization")

    nb, _ = Locale.objects.get_or_create(language_code="nb")
    da, _ = Locale.objects.get_or_create(language_code="da")
    LocaleSynchronization.objects.get_or_create(locale=da, defaults={"sync_from": nb})

    if HomePage.objects.exists():
        return
    home_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    Page.objects.filter(depth=2, slug="home").delete()  # Wagtail's welcome page
    key = uuid.uuid4()
    pages = {}
    for index, (locale, slug) in enumerate([(nb, "nb"), (da, "da")], start=1):
        pages[locale.language_code] = HomePage.objects.create(
            title=HOME_TITLE,
            draft_title=HOME_TITLE,
            slug=slug,
            content_type=home_type,
            path=f"0001{index:04d}",
            depth=2,
            numchild=0,
            url_path=f"/{slug}/",
            locale=locale,
            translation_key=key,
            live=True,
        )
    Page.objects.filter(depth=1).update(numchild=2)
    site = Site.objects.filter(is_default_site=True).first()
    if site:
        site.root_page_id = pages["nb"].pk
        site.save()
    else:
        Site.objects.create(
            hostname="localhost", port=80, root_page=pages["nb"], is_default_site=True
        )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0094_alter_page_locale"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_home_pages, migrations.RunPython.noop)]
