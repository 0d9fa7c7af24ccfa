"""A translated page title longer than a page title may be does not end in a server error.

wagtail-localize copies each translated title into the page's `draft_title` (its name in
the admin) as the translator types it. PostgreSQL refuses a value over the column's 255
characters, so the translator's save answered with a server error and lost the text.
Here the copy is cut to the column's length; the translation itself keeps every
character, and saving or publishing it reports the error on the title, as for any
invalid text (`translation_drafts`)."""

from django.db.models.signals import post_save

from wagtail.models import Page
from wagtail_localize import models as localize_models
from wagtail_localize.models import StringTranslation

DRAFT_TITLE_LENGTH = Page._meta.get_field("draft_title").max_length


def copy_title_to_draft_title(instance, **kwargs):
    if instance.context.path == "title":
        Page.objects.filter(
            translation_key=instance.context.object_id, locale_id=instance.locale_id
        ).update(draft_title=instance.data[:DRAFT_TITLE_LENGTH])


def connect():
    post_save.disconnect(localize_models.post_save_string_translation, sender=StringTranslation)
    post_save.connect(
        copy_title_to_draft_title, sender=StringTranslation, dispatch_uid="samling-draft-title"
    )
