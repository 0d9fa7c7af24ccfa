"""The demo's term base: the programmes' own words in Bokmål, Nynorsk and Danish (demo/terms.csv,
read through by a Danish reader), imported as an editor would with `import_terms`."""

from pathlib import Path

from terms.csv_files import import_terms

TERMS = Path(__file__).with_name("terms.csv")


def ensure_terms():
    """Add the demo's terms (a second load finds them there and changes nothing)."""
    return import_terms(TERMS.read_text(encoding="utf-8"))
