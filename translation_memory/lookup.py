"""Reading and writing the translation memory."""

import difflib

from wagtail_localize.models import StringSegment, StringTranslation

from .models import RememberedTranslation, key_of, normalised

CLOSE = 0.75  # how alike a remembered source text must be to be offered
SPREAD = 0.3  # candidates differ in length by at most this share
MAX_CANDIDATES = 2000


def exact(source_language, target_language, texts):
    """{text: remembered translation} for the texts the memory has word for word."""
    keys = {key_of(text): text for text in texts}
    found = RememberedTranslation.objects.filter(
        source_language=source_language, target_language=target_language, source_key__in=keys
    ).values_list("source_key", "target_text")
    return {keys[key]: target for key, target in found}


def close(source_language, target_language, text, limit=3):
    """Up to `limit` remembered translations whose source is like `text`, best first,
    as (ratio, RememberedTranslation); an identical source is not "close"."""
    length = len(normalised(text))
    candidates = RememberedTranslation.objects.filter(
        source_language=source_language,
        target_language=target_language,
        source_length__gte=int(length * (1 - SPREAD)),
        source_length__lte=int(length * (1 + SPREAD)) + 1,
    ).exclude(source_key=key_of(text))[:MAX_CANDIDATES]
    matcher = difflib.SequenceMatcher(b=normalised(text).casefold(), autojunk=False)
    scored = []
    for memory in candidates:
        matcher.set_seq1(normalised(memory.source_text).casefold())
        if matcher.real_quick_ratio() >= CLOSE and matcher.quick_ratio() >= CLOSE:
            ratio = matcher.ratio()
            if ratio >= CLOSE:
                scored.append((ratio, memory))
    scored.sort(key=lambda pair: pair[0], reverse=True)
    return scored[:limit]


def written_by_people(translation):
    """The translated strings of a wagtail-localize Translation that a person wrote or
    edited (machine translations nobody changed are not remembered), without errors."""
    strings = StringSegment.objects.filter(source=translation.source).values("string_id")
    return StringTranslation.objects.filter(
        translation_of_id__in=strings,
        locale_id=translation.target_locale_id,
        context__object_id=translation.source.object_id,
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        has_error=False,
    ).select_related("translation_of")


def remember(translation, page):
    """Remember the person-made texts of `translation`, now published on `page`."""
    source_language = translation.source.locale.language_code
    target_language = translation.target_locale.language_code
    count = 0
    for string in written_by_people(translation):
        RememberedTranslation.objects.update_or_create(
            source_language=source_language,
            target_language=target_language,
            source_key=key_of(string.translation_of.data),
            defaults={
                "source_text": string.translation_of.data,
                "target_text": string.data,
                "page": page,
            },
        )
        count += 1
    return count
