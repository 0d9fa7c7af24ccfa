"""Compile locale/ and locale_vendor/ catalogues (*/LC_MESSAGES/*.po) into .mo files with
polib, so no GNU gettext is needed."""

from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
LOCALE_DIRS = [ROOT / "locale", ROOT / "locale_vendor"]


def main():
    for po_path in sorted(p for d in LOCALE_DIRS for p in d.glob("*/LC_MESSAGES/*.po")):
        polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))
        print(f"compiled {po_path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
