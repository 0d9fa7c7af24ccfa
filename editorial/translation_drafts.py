"""A translation saved as a draft never changes what the public sees.

wagtail-localize saves a translation by writing the translated fields onto the page's
own row and then saving a revision. For a page that is not live that is a draft. For a
live page the row *is* the published page, so "save a draft" (`publish=False`: every
"Translate this page", sync, subtree job and our "Submit for review") would publish the
translator's text without review. Here, for a live target, the translated page is built
in memory and stored as a revision only, as Wagtail's own editor saves drafts; a live
alias (an untranslated copy made by locale sync) is first turned into an ordinary page
with its content unchanged, as Wagtail's "convert alias" does.

The draft keeps wagtail-localize's promises for `create_or_update_translation`:
`fallback=False` raises `MissingTranslationError` for a missing string; the revision is
validated as Wagtail validates a page (`full_clean`), and a `ValidationError` is raised
with the error set on the translated string it comes from, so the translator sees it
and nothing unpublishable is stored; the slug is made unique among its siblings.

wagtail-localize has no extension point for this, so its one method through which every
path saves a translation is replaced (`base.patching.replace` checks its parameters).
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify

from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.coreutils import find_available_slug
from wagtail.models import Page
from wagtail_localize.models import (
    SegmentOverride,
    StringSegment,
    StringTranslation,
    TranslationContext,
    TranslationLog,
    TranslationSource,
)

from base.patching import replace

_original = TranslationSource.create_or_update_translation


def live_target(source, locale):
    """The existing live page that a translation of `source` into `locale` would overwrite."""
    if not issubclass(source.specific_content_type.model_class(), Page):
        return None
    page = Page.objects.filter(translation_key=source.object_id, locale=locale, live=True)
    return page.first()


def mark_field_errors(source, locale, error):
    """Set each field's error on the translated string (or override) it came from, as
    wagtail-localize does for its own saves: the translation editor shows it there."""
    for field_name, errors in getattr(error, "error_dict", {}).items():
        context = TranslationContext.objects.filter(object=source.object, path=field_name)
        context = context.first()
        if context is None:
            continue  # not a translatable field: the message still reaches the user
        strings = StringSegment.objects.filter(source=source).values_list("string_id")
        for string_translation in StringTranslation.objects.filter(
            translation_of_id__in=strings, context=context, locale=locale
        ):
            string_translation.set_field_error(errors)
        for override in SegmentOverride.objects.filter(context=context, locale=locale):
            override.set_field_error(errors)


def save_draft(source, locale, user, page, fallback):
    """Store the translation of `source` into `locale` as a new, validated revision of
    its live page `page`; raise as wagtail-localize would when it is not complete or valid."""
    translation = source.get_ephemeral_translated_instance(locale, fallback=fallback)
    translation.alias_of_id = None
    translation.slug = find_available_slug(
        translation.get_parent(), slugify(translation.slug), ignore_page_id=translation.id
    )
    try:
        with transaction.atomic():
            if page.alias_of_id:
                ConvertAliasPageAction(page.specific, user=user).execute(
                    skip_permission_checks=True
                )
            revision = translation.save_revision(user=user)  # runs full_clean
    except ValidationError as error:
        mark_field_errors(source, locale, error)
        raise
    TranslationLog.objects.create(source=source, locale=locale, revision=revision)
    source.sync_view_restrictions(source.as_instance(), translation)
    return translation, False


def create_or_update_translation(
    self, locale, user=None, publish=True, copy_parent_pages=False, fallback=False
):
    target = None if publish else live_target(self, locale)
    if target is None:
        return _original(
            self,
            locale,
            user=user,
            publish=publish,
            copy_parent_pages=copy_parent_pages,
            fallback=fallback,
        )
    return save_draft(self, locale, user, target, fallback)


def install():
    replace(TranslationSource, "create_or_update_translation", create_or_update_translation)
