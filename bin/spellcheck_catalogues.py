"""Spell-check the nb and da catalogues (locale/ and locale_vendor/) with hunspell and
Debian's dictionaries, plus the project's word list (locale/words.<lang>.txt).

Prints each unknown word with the messages it is in; exits 1 when there is one.
Run by tests/test_catalogues.py; by hand: `.venv/bin/python bin/spellcheck_catalogues.py`.
"""

import re
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
DICTIONARIES = {"nb": "nb_NO", "nn": "nn_NO", "da": "da_DK"}
# Placeholders, tags, entities, addresses, paths, file endings and the abbreviations the
# dictionaries split ("e-post", "f.eks.", "kl.") are not words to check.
NOT_WORDS = re.compile(
    r"%\(\w+\)[sd]|%[sd]|\{\w*\}|<[^>]*>|&\w+;|\S*[/@]\S*|\.(?:csv|xlsx|docx|po)\b"
    r"|\b(?:f\.eks|fx|kl|bl\.a)\.|\b[eE]-(?=\w)|\.(?=\s|$)"
)


def texts(language):
    paths = sorted(ROOT.glob(f"locale*/{language}/LC_MESSAGES/*.po"))
    for entry in (entry for path in paths for entry in polib.pofile(str(path))):
        if entry.msgctxt == "URL":
            continue  # address words, written without æ, ø and å ("paamindelser")
        yield from [entry.msgstr, *entry.msgstr_plural.values()]


def unknown_words(language):
    """{word: [messages it is in]} for the words neither dictionary knows."""
    messages = [NOT_WORDS.sub(" ", text) for text in texts(language) if text]
    wordlist = ROOT / "locale" / f"words.{language}.txt"
    result = subprocess.run(  # noqa: S603 (our arguments, the text on stdin)
        [shutil.which("hunspell"), "-d", DICTIONARIES[language], "-p", str(wordlist), "-l"],
        input="\n".join(messages),
        capture_output=True,
        text=True,
        check=True,
    )
    found = defaultdict(list)
    for word in sorted(set(result.stdout.split())):
        found[word] = [m for m in messages if re.search(rf"\b{re.escape(word)}\b", m)][:2]
    return dict(found)


def main():
    failed = False
    for language in DICTIONARIES:
        for word, messages in unknown_words(language).items():
            failed = True
            print(f"{language}: {word!r} in {messages}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
