"""Fill the Nynorsk catalogues' empty entries from the Bokmål ones, through Apertium
(`nob-nno_e`, as `editorial.apertium` translates pages), for a person to read after.

    .venv/bin/python bin/fill_nynorsk.py            # locale/nn and locale_vendor/nn
    .venv/bin/python bin/fill_nynorsk.py --vendor   # also Wagtail's own Bokmål strings

An entry is filled only where the nn catalogue has it empty and a Bokmål translation
exists (the project's, else the installed package's). Placeholders (`%(count)s`, `{name}`),
tags and entities are held aside so Apertium cannot bend them. Filled entries get the
comment "machine: Apertium", which a reader removes once the entry is read; the spelling
check (`bin/spellcheck_catalogues.py`, with hunspell's nn_NO) runs on every entry.
"""

import argparse
import html
import os
import re
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

from editorial.apertium import translate_html  # noqa: E402

MODE = "nob-nno_e"
MACHINE = "machine: Apertium"
# What Apertium must not change: placeholders, tags and entities.
KEPT = re.compile(r"%\(\w+\)[sd]|%[sd%]|\{\w*\}|<[^>]*>|&#?\w+;")
HEADER = """Nynorsk for Samling{what}: filled from the Bokmål catalogue by Apertium ({mode})
through bin/fill_nynorsk.py, then read; entries still marked "{machine}" are unread."""


def site_packages():
    return Path(polib.__file__).parent


def bokmal_entries(name, vendor):
    """{(context, msgid): Bokmål entry}: the packages' catalogues, then the project's."""
    paths = []
    if vendor:
        paths += sorted(site_packages().glob(f"wagtail*/**/locale/nb/LC_MESSAGES/{name}"))
        paths += sorted(site_packages().glob(f"taggit/locale/nb/LC_MESSAGES/{name}"))
        paths.append(ROOT / "locale_vendor" / "nb" / "LC_MESSAGES" / name)
    else:
        paths.append(ROOT / "locale" / "nb" / "LC_MESSAGES" / name)
    found = {}
    for path in paths:
        if path.exists():
            for entry in polib.pofile(str(path)):
                if entry.translated() and not entry.obsolete:
                    found[(entry.msgctxt, entry.msgid)] = entry
    return found


# Product words Apertium reads as other words: "kull" (a cohort) is not coal ("kol").
TERMS = {"kull": "kull", "kullet": "kullet", "kullside": "kullside"}
TERM = re.compile(rf"\b(?:{'|'.join(TERMS)})\b", re.IGNORECASE)


def term(word):
    nynorsk = TERMS[word.lower()]
    return nynorsk[0].upper() + nynorsk[1:] if word[0].isupper() else nynorsk


def held(text):
    """`text` with what Apertium must not change turned into tags it keeps, and the
    product's terms held as their Nynorsk words."""
    kept = []

    def hold(replacement):
        kept.append(replacement)
        return f"<x{len(kept) - 1}>"

    text = KEPT.sub(lambda match: hold(match.group()), text)
    text = TERM.sub(lambda match: hold(term(match.group())), text)
    return html.escape(text, False), kept


def restored(text, kept):
    text = html.unescape(text)
    return re.sub(r"<x(\d+)>", lambda match: kept[int(match.group(1))], text)


def nynorsk(texts):
    pairs = [held(text) for text in texts]
    out = translate_html(MODE, [text for text, _kept in pairs])
    return [restored(text, kept) for text, (_held, kept) in zip(out, pairs, strict=True)]


def url_word(text):
    """Address words stay ASCII, as the Bokmål ones ("oppgaver", "pamelding")."""
    table = str.maketrans({"æ": "ae", "ø": "o", "å": "a"})
    return text.lower().translate(table)


def fill(target, source):
    """Fill `target`'s empty entries from `source` ({(context, msgid): nb entry})."""
    todo = [
        e
        for e in target
        if not e.translated() and (e.msgctxt, e.msgid) in source and not e.obsolete
    ]
    texts = []
    for entry in todo:
        nb = source[(entry.msgctxt, entry.msgid)]
        texts += [nb.msgstr] if not entry.msgid_plural else list(nb.msgstr_plural.values())
    translated = iter(nynorsk(texts))
    for entry in todo:
        nb = source[(entry.msgctxt, entry.msgid)]
        if entry.msgid_plural:
            entry.msgstr_plural = {k: next(translated) for k in sorted(nb.msgstr_plural)}
        else:
            text = next(translated)
            entry.msgstr = url_word(text) if entry.msgctxt == "URL" else text
        entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]
        entry.previous_msgid = None
        if entry.msgctxt != "URL":
            entry.comment = MACHINE
    return len(todo)


def vendor_catalogue(name):
    """locale_vendor/nn/<name>: every msgid Wagtail's and wagtail-localize's Bokmål has."""
    path = ROOT / "locale_vendor" / "nn" / "LC_MESSAGES" / name
    po = polib.pofile(str(path), wrapwidth=0) if path.exists() else polib.POFile(wrapwidth=0)
    if not path.exists():
        po.header = HEADER.format(what=" (Wagtail's admin)", mode=MODE, machine=MACHINE)
        po.metadata = {
            "Project-Id-Version": "samling (Wagtail and wagtail-localize strings)",
            "Language": "nn",
            "MIME-Version": "1.0",
            "Content-Type": "text/plain; charset=UTF-8",
            "Content-Transfer-Encoding": "8bit",
            "Plural-Forms": "nplurals=2; plural=(n != 1);",
        }
    # The project's own catalogue comes first on LOCALE_PATHS: its entries are not repeated.
    present = {(e.msgctxt, e.msgid) for e in po} | set(bokmal_entries(name, vendor=False))
    for key, nb in bokmal_entries(name, vendor=True).items():
        if key not in present:
            po.append(
                polib.POEntry(
                    msgctxt=nb.msgctxt,
                    msgid=nb.msgid,
                    msgid_plural=nb.msgid_plural,
                    msgstr="",
                    msgstr_plural={k: "" for k in nb.msgstr_plural} if nb.msgid_plural else {},
                )
            )
    return path, po


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--vendor", action="store_true", help="locale_vendor/nn as well")
    args = parser.parse_args()
    for name in ("django.po", "djangojs.po"):
        path = ROOT / "locale" / "nn" / "LC_MESSAGES" / name
        if path.exists():
            po = polib.pofile(str(path), wrapwidth=0)
            count = fill(po, bokmal_entries(name, vendor=False))
            po.save(str(path))
            print(f"{path.relative_to(ROOT)}: {count} filled")
        if args.vendor:
            path, po = vendor_catalogue(name)
            count = fill(po, bokmal_entries(name, vendor=True))
            path.parent.mkdir(parents=True, exist_ok=True)
            po.save(str(path))
            print(f"{path.relative_to(ROOT)}: {count} filled")


if __name__ == "__main__":
    main()
