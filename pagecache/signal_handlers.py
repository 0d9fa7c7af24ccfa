"""The page cache's signal receivers: every change that can show on a public page purges it.

Wagtail's own changes are wired here: publish, unpublish (and expiry), move, delete,
alias conversions, view restrictions on pages and collections, sites, documents and
images. Apps declare their own models with `purge_when_changed` in their `ready()`
(programme: audience roles and themes; discovery: editors' picks), so this app knows
no page type. A committed purge then warms the published and the most visited pages
(pagecache.warming).
"""

from django.db.models.signals import post_delete, post_save

from .generation import forget_watchers, purge_on_commit, purged
from .warming import note_published
from .warming import schedule as warm_after_purge

# Logged when a page becomes an alias of its source again, or stops being one: its
# content or its "untranslated" mark changes without a publish.
ALIAS_ACTIONS = ("wagtail_localize.convert_to_alias", "wagtail.convert_alias")


def purge_when_changed(*models):
    """Purge once a saved or deleted row of any of `models` is committed."""
    for model in models:
        for signal in (post_save, post_delete):
            signal.connect(purge_on_commit, sender=model, weak=False)


def purge_alias_change(sender, instance, created, **kwargs):
    if created and instance.action in ALIAS_ACTIONS:
        purge_on_commit()


def purge_deleted_page(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        purge_on_commit()


def settings_changed(setting, **kwargs):
    """Tests change CACHES: the next request subscribes to the new Redis."""
    if setting in ("CACHES", "CACHE_PREFIX"):
        forget_watchers()


def connect():
    from django.core.signals import setting_changed

    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import CollectionViewRestriction, PageLogEntry, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    # First: the published page's path is noted before the purge that renders it.
    page_published.connect(note_published, dispatch_uid="samling-page-cache-published")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(purge_on_commit, dispatch_uid=f"samling-page-cache-{signal}")
    purge_when_changed(
        get_document_model(),
        get_image_model(),
        PageViewRestriction,
        CollectionViewRestriction,
        Site,
    )
    post_delete.connect(purge_deleted_page, dispatch_uid="samling-page-cache-delete")
    post_save.connect(purge_alias_change, sender=PageLogEntry, dispatch_uid="samling-alias")
    setting_changed.connect(settings_changed, dispatch_uid="samling-page-cache-settings")
    purged.connect(warm_after_purge, dispatch_uid="samling-page-cache-warming")
