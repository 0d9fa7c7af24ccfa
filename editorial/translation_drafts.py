"""A translation saved as a draft never changes what the public sees.

wagtail-localize saves a translation by writing the translated fields onto the page's
own row and then saving a revision. For a page that is not live that is a draft. For a
live page the row *is* the published page, so "save a draft" (`publish=False`: every
"Translate this page", subtree job and our "Submit for review") would publish the
translator's text without review. Here, for a live target, the translated page is built
in memory and stored as a revision only, as Wagtail's own editor saves drafts; a live
alias (an untranslated copy made by locale sync) is first turned into an ordinary page
with its content unchanged, as Wagtail's "convert alias" does.

Installed once from `EditorialConfig.ready`: every wagtail-localize path that saves a
translation goes through `TranslationSource.create_or_update_translation`.
"""

from django.db import transaction

from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Page
from wagtail_localize.models import TranslationLog, TranslationSource

_original = TranslationSource.create_or_update_translation


def live_target(source, locale):
    """The existing live page that a translation of `source` into `locale` would overwrite."""
    if not issubclass(source.specific_content_type.model_class(), Page):
        return None
    page = Page.objects.filter(translation_key=source.object_id, locale=locale, live=True)
    return page.first()


def save_draft(source, locale, user, page):
    """Store the translation of `source` into `locale` as a new revision of its live
    page `page`."""
    page = page.specific
    if page.alias_of_id:
        ConvertAliasPageAction(page, user=user).execute(skip_permission_checks=True)
    translation = source.get_ephemeral_translated_instance(locale, fallback=True)
    translation.alias_of_id = None
    revision = translation.save_revision(user=user, clean=False)
    TranslationLog.objects.create(source=source, locale=locale, revision=revision)
    source.sync_view_restrictions(source.as_instance(), translation)
    return translation, False


def create_or_update_translation(self, locale, user=None, publish=True, **options):
    target = None if publish else live_target(self, locale)
    if target is None:
        return _original(self, locale, user=user, publish=publish, **options)
    with transaction.atomic():
        return save_draft(self, locale, user, target)


def install():
    TranslationSource.create_or_update_translation = create_or_update_translation
