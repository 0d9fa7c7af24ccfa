"""Where a text meets the term base.

A source term is found at the start of a word and in any case, so "kommunestyret" and
"Kommunestyre" both hold "kommunestyre". For machine translation only a whole word that
is the term (or a form listed as a term of its own) is replaced: the machine cannot
inflect a term it does not know. A translation has the term's translation when it holds
that word without its definite ending, in any case ("det første møde" has "mødet").
"""

import re
from dataclasses import dataclass

from .models import Term

TAG = re.compile(r"(<[^>]*>)")


# Definite and genitive endings of Danish and Norwegian nouns: "det første møde" has the
# word of "mødet", "kommunalbestyrelse" that of "kommunalbestyrelsen".
ENDINGS = ("erne", "ene", "ens", "ets", "en", "et", "ne", "s")


def stem(word):
    """`word` without a definite or genitive ending, when at least three letters stay."""
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


@dataclass(frozen=True)
class Pair:
    source: str
    target: str
    note: str = ""

    def found_in(self, text):
        return re.search(rf"(?<!\w){re.escape(self.source)}", text, re.IGNORECASE) is not None

    def translated_in(self, text):
        return stem(self.target.casefold()) in text.casefold()


def pairs(source_language, target_language):
    """The term pairs from one language into another, longest source first; a source
    word in two rows takes the first row's translation."""
    rows = Term.objects.exclude(**{source_language: ""}).exclude(**{target_language: ""})
    found = {}
    for row in rows.only(source_language, target_language, "note").order_by("pk"):
        source = getattr(row, source_language)
        found.setdefault(source.casefold(), Pair(source, getattr(row, target_language), row.note))
    return sorted(found.values(), key=lambda pair: len(pair.source), reverse=True)


def text_of(fragment):
    """The words of an HTML fragment, without its tags."""
    return " ".join(TAG.sub(" ", fragment).split())


def inflected(pair, term_pairs):
    """Is `pair` an inflected form of another ("samlingen"/"mødet" of "samling"/"møde")?
    The base pair checks it: its translation is inside the inflected one."""
    source, target = pair.source.casefold(), pair.target.casefold()
    return any(
        other is not pair
        and source.startswith(other.source.casefold())
        and target.startswith(other.target.casefold())
        for other in term_pairs
    )


def misses(source, target, term_pairs):
    """The pairs whose source term is in `source` and whose translation is not in
    `target`, each concept once (by its base form)."""
    source, target = text_of(source), text_of(target)
    return [
        pair
        for pair in term_pairs
        if pair.found_in(source)
        and not pair.translated_in(target)
        and not inflected(pair, term_pairs)
    ]


def in_case_of(word, term):
    """`term` capitalised as `word` is (a term at the start of a sentence)."""
    if word[:1].isupper() and term[:1].islower():
        return term[:1].upper() + term[1:]
    return term


def whole_word(pair):
    return re.compile(rf"(?<!\w){re.escape(pair.source)}(?!\w)", re.IGNORECASE)


def protect(fragment, term_pairs, marker):
    """(`fragment` with each whole-word source term outside its tags replaced by a word
    the machine leaves alone, the terms' translations by those words)."""
    chosen = {}

    def stand_in(match, pair):
        # A number (`marker`, digits no text holds, then the term's place): Apertium
        # keeps it and reads the words around it as it would around the term. An unknown
        # word in its place made it read "leser" and "leder" as nouns ("lesar", "leiar").
        word = f"{marker}{len(chosen):03d}"
        chosen[word] = in_case_of(match.group(0), pair.target)
        return word

    pieces = TAG.split(fragment)
    for index in range(0, len(pieces), 2):
        for pair in term_pairs:
            pieces[index] = whole_word(pair).sub(lambda m, p=pair: stand_in(m, p), pieces[index])
    return "".join(pieces), chosen


def restore(translated, chosen):
    for word, term in chosen.items():
        translated = translated.replace(word, term)
    return translated
