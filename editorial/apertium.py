"""Apertium, the rule-based translator from Debian's packages, run on this server: no
text leaves the house.

Apertium's own HTML mode moves inline tags to other words and loses full stops in
Bokmål-Danish, so the markup is kept here: only the text between tags is translated,
the tags and links stay exactly where the source has them. Trailing punctuation and
spaces are kept aside too, since the pair mangles a closing quote before a full stop.
All texts of one call go to one Apertium process, separated by marker words it leaves
alone; should the markers not come back in order, each text is translated on its own.

Bounded work: the markers are drawn afresh for each call, so no text can contain them
and turn one process into hundreds. What a request may ask of it is bounded in
`editorial.machine_translation`.
"""

import functools
import html
import logging
import re
import secrets
import shutil
import string
import subprocess

logger = logging.getLogger(__name__)

# Apertium's translation directions, by the languages' codes in Samling.
MODES = {
    ("nb", "da"): "nob-dan",
    ("da", "nb"): "dan-nob",
    # Nynorsk as KS, municipalities and Språkrådet's own texts write it: e-infinitives and
    # "vi" ("vi ønskjer å høyre"), not the pair's default "me ønskjer å høyra".
    ("nb", "nn"): "nob-nno_e",
    ("nn", "nb"): "nno-nob",
    ("da", "nn"): "dan-nno",
    ("nn", "da"): "nno-dan",
}
TAG = re.compile(r"(<[^>]*>)")
# leading spaces, the text, then trailing spaces, quotes, brackets and punctuation
PARTS = re.compile(r"(\s*)(.*?)([\s\"'»«”“’)\].,:;!?…–-]*)", re.DOTALL)
TIMEOUT = 120  # seconds for one call's texts; a programme's page is a few hundred


class MachineTranslationFailed(RuntimeError):
    """Apertium is missing, timed out or failed: nothing was translated."""


def free_marker(texts):
    """A marker word that none of `texts` contains."""
    marker = new_marker()
    while any(marker in text for text in texts):  # a guess would be one in 26**12
        marker = new_marker()
    return marker


def free_number(texts):
    """Nine digits that none of `texts` contains (the term base's stand-ins start so)."""
    number = str(secrets.randbelow(9 * 10**8) + 10**8)
    while any(number in text for text in texts):
        number = str(secrets.randbelow(9 * 10**8) + 10**8)
    return number


def new_marker():
    """A word no text of this call contains: letters only, as Apertium leaves them."""
    return "zz" + "".join(secrets.choice(string.ascii_lowercase) for _ in range(12)) + "zz"


@functools.cache
def installed_modes():
    """The directions this machine's Apertium can translate (empty without Apertium)."""
    apertium = shutil.which("apertium")
    if apertium is None:
        return frozenset()
    try:
        listing = subprocess.run(  # noqa: S603 (our arguments, no shell)
            [apertium, "-l"], capture_output=True, text=True, timeout=30, check=True
        )
    except (OSError, subprocess.SubprocessError):
        logger.exception("apertium -l failed")
        return frozenset()
    return frozenset(listing.stdout.split())


def mode_for(source_language, target_language):
    mode = MODES.get((source_language, target_language))
    return mode if mode in installed_modes() else None


def run_apertium(mode, text):
    try:
        result = subprocess.run(  # noqa: S603 (a mode from MODES, the text on stdin, no shell)
            [shutil.which("apertium") or "apertium", "-u", mode],
            input=text,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=True,
        )
    except (OSError, subprocess.SubprocessError) as error:
        logger.exception("apertium %s failed", mode)
        raise MachineTranslationFailed(mode) from error
    return result.stdout


def translate_texts(mode, texts):
    """The translations of `texts` (plain text, one line each), in their order."""
    if not texts:
        return []
    marker = free_marker(texts)
    batch = "".join(f"{text}\n\n{marker}{n}\n\n" for n, text in enumerate(texts))
    pieces = re.split(rf"\s*{marker}(\d+)\s*", run_apertium(mode, batch))
    translated, numbers = pieces[0:-1:2], pieces[1::2]
    if numbers == [str(n) for n in range(len(texts))]:
        return [text.strip() for text in translated]
    logger.warning("apertium %s merged texts; translating them one by one", mode)
    return [run_apertium(mode, text).strip() for text in texts]


def split_text(run):
    """(leading, text to translate, trailing) of a run of text between tags."""
    return PARTS.fullmatch(run).groups()


def translate_html(mode, fragments):
    """Each HTML fragment translated, its tags, entities and punctuation kept."""
    pieces = [TAG.split(fragment) for fragment in fragments]  # text, tag, text, ...
    runs = [split_text(html.unescape(text)) for parts in pieces for text in parts[::2]]
    wanted = [" ".join(text.split()) for _lead, text, _trail in runs if text]
    translated, pending = iter(translate_texts(mode, wanted)), iter(runs)
    results = []
    for parts in pieces:
        out = []
        for index, piece in enumerate(parts):
            if index % 2:  # a tag, as it was
                out.append(piece)
                continue
            lead, text, trail = next(pending)
            out.append(html.escape(lead + (next(translated) if text else "") + trail, False))
        results.append("".join(out))
    return results
