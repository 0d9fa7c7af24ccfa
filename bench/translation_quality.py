"""How many machine-translated sentences need an edit, Bokmål to Danish or to Nynorsk
(`--target nn`), on a held-out set of 44 programme-like sentences that are not in the
demo (bench/translation/heldout.nb.txt), against a reviewed version (reviewed.da.txt,
reviewed.nn.txt: the Apertium output corrected by a reader, with the term base's words).
A sentence needs an edit when the output differs from the reviewed one.

Three ways, on the demo database's term base (`make bench-translation` runs it after
`make demo`; nothing is kept, it all runs in a transaction that is rolled back):
- plain Apertium;
- the chain with the term base (memory empty);
- the chain with the term base and the memory of one reviewed pass: the first 22
  sentences reviewed and published (so remembered), measured on the last 22, which
  repeat 5 of them as programme pages repeat their instructions.
And the chain's time per 1,000 words. For Nynorsk, plain Apertium is measured in both of
the pair's modes: `nob-nno` (its default: a-infinitives and "me") and `nob-nno_e` (the
one Samling uses: e-infinitives and "vi", as municipalities write).

`--terms FILE` measures with that term list instead of the demo's: for example
bench/translation/terms-before-review.csv, the demo's list before a reader went through
this set (the demo's list since has 19 more terms drawn from reading it).
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

import django  # noqa: E402

django.setup()

from django.db import transaction  # noqa: E402

from editorial.apertium import translate_html  # noqa: E402
from editorial.translation_chain import translate  # noqa: E402
from terms.csv_files import import_terms  # noqa: E402
from terms.models import Term  # noqa: E402
from translation_memory.models import RememberedTranslation  # noqa: E402

HERE = Path(__file__).resolve().parent / "translation"
SOURCE = (HERE / "heldout.nb.txt").read_text(encoding="utf-8").splitlines()
FIRST_PASS = 22
# Apertium's modes measured as "plain", per target language.
PLAIN_MODES = {"da": ["nob-dan"], "nn": ["nob-nno", "nob-nno_e"]}


def reviewed_in(target):
    return (HERE / f"reviewed.{target}.txt").read_text(encoding="utf-8").splitlines()


def needing_edits(outputs, reviewed):
    return sum(
        " ".join(out.split()) != " ".join(want.split())
        for out, want in zip(outputs, reviewed, strict=True)
    )


def chain(lines, target):
    return [filled.text for filled in translate("nb", target, lines)]


def main(terms_file=None, target="da"):
    wanted = reviewed_in(target)
    assert len(SOURCE) == len(wanted) == 44
    half_source, half_reviewed = SOURCE[FIRST_PASS:], wanted[FIRST_PASS:]
    with transaction.atomic():
        RememberedTranslation.objects.all().delete()
        if terms_file:
            Term.objects.all().delete()
            import_terms(Path(terms_file).read_text(encoding="utf-8"))
        source = terms_file or "the demo's"
        print(f"term base: {Term.objects.count()} terms ({source})")
        plain = {mode: translate_html(mode, SOURCE) for mode in PLAIN_MODES[target]}
        started = time.perf_counter()
        with_terms = chain(SOURCE, target)
        seconds = time.perf_counter() - started
        for source, reviewed in zip(SOURCE[:FIRST_PASS], wanted[:FIRST_PASS], strict=True):
            RememberedTranslation.objects.update_or_create(
                source_language="nb",
                target_language=target,
                source_text=source,
                defaults={"target_text": reviewed},
            )
        with_memory = chain(half_source, target)
        transaction.set_rollback(True)
    words = sum(len(line.split()) for line in SOURCE)
    rows = [
        (
            f"plain Apertium ({mode})",
            needing_edits(out, wanted),
            44,
            needing_edits(out[FIRST_PASS:], half_reviewed),
        )
        for mode, out in plain.items()
    ] + [
        (
            "with the term base",
            needing_edits(with_terms, wanted),
            44,
            needing_edits(with_terms[FIRST_PASS:], half_reviewed),
        ),
        (
            "term base + memory of one reviewed pass",
            None,
            None,
            needing_edits(with_memory, half_reviewed),
        ),
    ]
    print(f"{'':42} {'all 44':>8} {'last 22':>8}")
    for name, all_edits, total, last in rows:
        shown = f"{all_edits}/{total}" if all_edits is not None else "-"
        print(f"{name:42} {shown:>8} {f'{last}/22':>8}")
    print(
        f"chain: {words} words in {seconds:.2f} s, {seconds / words * 1000:.2f} s per 1,000 words"
    )


def option(name):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv[:-1] else None


if __name__ == "__main__":
    main(option("--terms"), option("--target") or "da")
