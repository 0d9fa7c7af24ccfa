"""Show linked pages and terms in the visitor's language, with a fixed number of queries.

Links are stored against source-language objects (see `programme.links`), so lists are
built from translation keys: each key becomes its live translation in the active language
where one exists, otherwise the original, which templates then mark with its language.
"""

from django.utils.translation import get_language

from wagtail.models import Page


def unique(keys):
    """The keys in their first order, without repeats."""
    return list(dict.fromkeys(keys))


def in_language(queryset, keys, language=None):
    """One object per translation key, in the order of `keys`: the version in `language`
    (default: the active one) where it exists, else the first-created version."""
    keys = unique(keys)
    if not keys:
        return []
    language = language or get_language()
    if issubclass(queryset.model, Page):
        queryset = queryset.live().filter(alias_of__isnull=True)
    chosen = {}
    for obj in queryset.filter(translation_key__in=keys).select_related("locale").order_by("pk"):
        current = chosen.get(obj.translation_key)
        if current is None or (
            obj.locale.language_code == language != current.locale.language_code
        ):
            chosen[obj.translation_key] = obj
    return [chosen[key] for key in keys if key in chosen]
