"""What the machine-translation button puts in a text: the translation memory's word for
word match first, else Apertium with the term base's terms put in place.

Terms are replaced, before Apertium sees the text, by words it leaves alone, and those
words by the terms' translations after: so "kommunestyre" becomes "kommunalbestyrelse"
whatever Apertium would have made of it. `manage.py machine_translate` runs the same chain.
"""

from dataclasses import dataclass

from terms import matching
from translation_memory import lookup
from translation_memory.models import TOOL_NAME as MEMORY

from .apertium import MachineTranslationFailed, free_number, mode_for, translate_html

MACHINE = "machine"


@dataclass(frozen=True)
class Filled:
    text: str
    origin: str  # MEMORY or MACHINE


def by_machine(source_language, target_language, fragments):
    """{fragment: its translation by Apertium, with the term base's terms}."""
    mode = mode_for(source_language, target_language)
    if mode is None:
        raise MachineTranslationFailed(f"{source_language} → {target_language}")
    term_pairs = matching.pairs(source_language, target_language)
    marker = free_number(fragments)
    protected = [matching.protect(fragment, term_pairs, marker) for fragment in fragments]
    translated = translate_html(mode, [text for text, _chosen in protected])
    return {
        fragment: matching.restore(out, chosen)
        for fragment, (_text, chosen), out in zip(fragments, protected, translated, strict=True)
    }


def translate(source_language, target_language, fragments):
    """A Filled for each HTML fragment, in order."""
    remembered = lookup.exact(source_language, target_language, fragments)
    rest = [fragment for fragment in dict.fromkeys(fragments) if fragment not in remembered]
    machine = by_machine(source_language, target_language, rest) if rest else {}
    return [
        Filled(remembered[fragment], MEMORY)
        if fragment in remembered
        else Filled(machine[fragment], MACHINE)
        for fragment in fragments
    ]
