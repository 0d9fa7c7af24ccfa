"""Rebuild the locales, home pages, root collection, roles and workflow after a database
flush (used by browser tests).

Migration 0002 creates the same structure on a new install; migrations must use
historical models, so this is the run-time counterpart with the real models.
"""

from django.apps import apps

from wagtail.models import Collection, Locale, Page, Site
from wagtail_localize.models import LocaleSynchronization

from editorial.setup import create_roles, create_workflow

from .models import HomePage

HOME_TITLE = "Samling"


def ensure_site_structure():
    nb, _ = Locale.objects.get_or_create(language_code="nb")
    da, _ = Locale.objects.get_or_create(language_code="da")
    LocaleSynchronization.objects.get_or_create(locale=da, defaults={"sync_from": nb})
    Collection.get_first_root_node() or Collection.add_root(name="Root")
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=nb)
    )
    home = HomePage.objects.filter(locale=nb).first()
    if home is None:
        home = root.add_child(instance=HomePage(title=HOME_TITLE, slug="nb", locale=nb))
    if not home.has_translation(da):
        translation = home.copy_for_translation(da)
        translation.slug = "da"
        translation.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    create_roles(apps)
    create_workflow(apps)
    return home
