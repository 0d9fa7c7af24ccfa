"""Translated pages get addresses in their own language, made from their translated title.

wagtail-localize would offer the slug as one more segment to translate and then pass the
translator's words through Django's `slugify`, which drops the letters it cannot
decompose: "oppfølging" became "oppflging". Here the slug is neither a segment nor copied
from the source. A synced translation takes its slug from its own title, with æ, ø and å
written out as each language writes them in addresses (Norwegian "verktoy", Danish
"boern"), until it is first published; from then on its address stays, unless it still
is its source's.
"""

from django.utils.text import slugify

from wagtail.coreutils import find_available_slug
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField
from wagtail_localize.models import Translation

# Norwegian addresses write ø and å as o and a (as Wagtail's own slug field does);
# Danish ones as oe and aa.
LETTERS = {
    "nb": {"æ": "ae", "ø": "o", "å": "a"},
    "nn": {"æ": "ae", "ø": "o", "å": "a"},
    "da": {"æ": "ae", "ø": "oe", "å": "aa"},
}


class OwnSlug(SynchronizedField):
    """A field wagtail-localize neither offers for translation nor copies from the source."""

    def is_synchronized(self, obj):
        return False


class SlugFromTitle:
    """For page types: the slug is no segment, and a translation's comes from its title.
    Before Wagtail's `save`, which derives the page's address from the slug."""

    override_translatable_fields = [OwnSlug("slug", overridable=False)]

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "slug" in update_fields:
            self.slug = translated_slug(self)
        return super().save(*args, **kwargs)


def ascii_slug(text, language):
    """A slug of plain ASCII letters: no letter dropped, none turned into an escape."""
    letters = LETTERS.get(language, LETTERS["nb"])
    table = str.maketrans({**letters, **{k.upper(): v.capitalize() for k, v in letters.items()}})
    return slugify(text.translate(table))


def translation_of(page):
    """The enabled wagtail-localize translation whose target is `page`, or None."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def source_page(page):
    """The page `page` was translated from, or None when it is no synced translation."""
    translation = translation_of(page)
    if translation is None:
        return None
    pages = Page.objects.filter(translation_key=page.translation_key)
    return pages.filter(locale=translation.source.locale_id).first()


def translated_slug(page):
    """The slug `page` should have (see the module's text)."""
    if page.pk is None or page.depth <= 2 or page.alias_of_id:
        return page.slug  # new pages, the sites' home pages and aliases keep theirs
    source = source_page(page)
    if source is None or source.pk == page.pk:
        return page.slug
    if page.first_published_at is not None and page.slug != source.slug:
        return page.slug  # its address is public
    wanted = ascii_slug(page.title, page.locale.language_code)
    if not wanted or wanted == page.slug:
        return page.slug
    return find_available_slug(page.get_parent(), wanted, ignore_page_id=page.pk)
