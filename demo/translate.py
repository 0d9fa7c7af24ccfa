"""Translate demo content through wagtail-localize, as an editor's translation would be.

A TranslationSource is made from the source object, each extracted string gets its
translation from a dictionary of (source text -> target text) pairs, and the target is
saved (and published). Strings without a pair fall back to the source text.
"""

from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


def text_pairs(source, target):
    """(source text, target text) pairs from two values of the same shape."""
    if isinstance(source, str):
        return [(source, target)] if source and target else []
    if isinstance(source, list | tuple):
        return [pair for s, t in zip(source, target, strict=True) for pair in text_pairs(s, t)]
    if isinstance(source, dict):
        return [
            pair for key in source if key in target for pair in text_pairs(source[key], target[key])
        ]
    return []


def translate(instance, language, pairs):
    """Create or update the translation of `instance` into `language`; returns the target."""
    locale = Locale.objects.get(language_code=language)
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    lookup = dict(pairs)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = lookup.get(segment.string.data)
        if text:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": text},
            )
    translation.save_target(publish=True)
    return instance.get_translation(locale)
