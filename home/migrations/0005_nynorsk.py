"""Nynorsk, the third content language: the nn locale, its home page at /nn/ (a
translation of the Bokmål home, so the language switcher links them), and locale sync
from Bokmål, so that pages editors add in Bokmål appear in Nynorsk until translated.
"""

from django.db import migrations



def next_step(step):
    """The path step after `step` in treebeard's alphabet (0-9, then A-Z)."""
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    number = int(step, 36) + 1
    digits = ""
    for _ in range(4):
        number, digit = divmod(number, 36)
        digits = alphabet[digit] + digits
    return digits


def add_home_page(apps, source, locale):
    """A copy of the source locale's home page, in `locale`, as the last top-level page."""
    Page = apps.get_model("wagtailcore.Page")
    HomePage = apps.get_model("home.HomePage")
    home = HomePage.objects.filter(locale=source, depth=2).first()
    if home is None or HomePage.objects.filter(locale=locale).exists():
        return
    root = Page.objects.get(depth=1)
    last = Page.objects.filter(depth=2).order_by("-path").first()
    HomePage.objects.create(
        title=home.title,
        draft_title=home.title,
        slug=locale.language_code,
        content_type_id=home.content_type_id,
        path=root.path + next_step(last.path[-4:]),
        depth=2,
        numchild=0,
        url_path=f"/{locale.language_code}/",
        locale=locale,
        translation_key=home.translation_key,
        live=True,
    )
    Page.objects.filter(pk=root.pk).update(numchild=Page.objects.filter(depth=2).count())


def create_nynorsk(apps, schema_editor):
    Locale = apps.get_model("wagtailcore.Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize.LocaleSynchronization")
    nn, _ = Locale.objects.get_or_create(language_code="nn")
    nb = Locale.objects.filter(language_code="nb").first()
    if nb is not None:
        LocaleSynchronization.objects.get_or_create(locale=nn, defaults={"sync_from": nb})
        add_home_page(apps, nb, nn)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_brand_settings"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_nynorsk, migrations.RunPython.noop)]
