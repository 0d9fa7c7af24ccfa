"""Machine translation for wagtail-localize (WAGTAILLOCALIZE_MACHINE_TRANSLATOR): the
chain of `translation_chain` (memory, term base, Apertium on this server).

wagtail-localize marks every text it fills with the translator's name; the texts that
came from the memory are marked as such afterwards (`fill`), so the translator and the
approver can tell them from the machine's.

Bounded work: a text longer than `MAX_TEXT` is left for the translator, and a click
whose texts together pass `MAX_IN_REQUEST` is not translated in the request but in the
background job queue, a page at a time (`in_background`).
"""

from contextlib import contextmanager
from contextvars import ContextVar

from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.models import StringTranslation
from wagtail_localize.strings import StringValue
from wagtail_localize.views.edit_translation import apply_machine_translation

from translation_memory.models import TOOL_NAME as MEMORY

from . import translation_chain
from .apertium import MachineTranslationFailed, mode_for

MAX_TEXT = 10_000  # characters of one text (a long paragraph is 2,000): longer is left
MAX_IN_REQUEST = 30_000  # characters of a click's texts, about 3 s of Apertium
_background = ContextVar("machine_translation_in_background", default=False)

__all__ = ["ApertiumTranslator", "MachineTranslationFailed", "TooLongForRequest", "fill"]


class TooLongForRequest(RuntimeError):
    """The texts of one click are more than a request should wait for."""


@contextmanager
def in_background():
    """Translate without the request's limit (inside a background job)."""
    token = _background.set(True)
    try:
        yield
    finally:
        _background.reset(token)


class ApertiumTranslator(BaseMachineTranslator):
    """Memory, term base and Apertium, named by the part that does the work."""

    display_name = "Apertium"

    def __init__(self, options):
        super().__init__(options)
        self.from_memory = set()

    def can_translate(self, source_locale, target_locale):
        return mode_for(source_locale.language_code, target_locale.language_code) is not None

    def translate(self, source_locale, target_locale, strings):
        strings = [each for each in strings if len(each.data) <= MAX_TEXT]
        if not _background.get() and sum(len(each.data) for each in strings) > MAX_IN_REQUEST:
            raise TooLongForRequest
        filled = translation_chain.translate(
            source_locale.language_code,
            target_locale.language_code,
            [each.data for each in strings],
        )
        self.from_memory = {
            each.data for each, out in zip(strings, filled, strict=True) if out.origin == MEMORY
        }
        return {each: StringValue(out.text) for each, out in zip(strings, filled, strict=True)}


def fill(translation, user):
    """Fill the untranslated texts of `translation` (a wagtail-localize Translation) by
    the chain, and mark those that came from the memory. True when anything was filled."""
    translator = get_machine_translator()
    if translator is None:
        raise MachineTranslationFailed("no machine translator")
    filled = apply_machine_translation(translation.pk, user, translator)
    remembered = getattr(translator, "from_memory", set())
    if remembered:
        StringTranslation.objects.filter(
            locale_id=translation.target_locale_id,
            context__object_id=translation.source.object_id,
            translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
            tool_name=translator.display_name,
            translation_of__data__in=remembered,
        ).update(tool_name=MEMORY)
    return filled
