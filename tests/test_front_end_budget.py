"""What a first visit loads before it shows a page: the style sheets and the one font file
the Norwegian and Danish alphabet needs, compressed as WhiteNoise serves them. The budget
is the README's ("Design"); a new style sheet or font that breaks it fails here."""

import gzip
import re

import pytest

from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db

CSS_BUDGET = 36_000  # bytes, gzip
FONT_BUDGET = 50_000  # bytes (woff2 is compressed already)
PAGES = ["/nb/", "/da/absolutt/", "/nb/verktoy/", "/nb/sok/?q=leder"]
STYLE_SHEETS = re.compile(r'<link rel="stylesheet" href="/static/([^"]+)"(?! media="print")>')
PRELOADED_FONTS = re.compile(r'<link rel="preload" href="/static/([^"]+)" as="font"')
FONT_FILES = re.compile(r"url\(\./files/([^)]+\.woff2)\)")
# The alphabets Samling's pages are written in: Latin with æ, ø, å (fontsource's "latin").
LATIN = "U+0000-00FF"


def compressed(path):
    with open(finders.find(path), "rb") as opened:
        data = opened.read()
    return len(data) if path.endswith(".woff2") else len(gzip.compress(data, 9))


def fonts_for_latin(style_sheet):
    """The font files a style sheet's @font-face rules load for Latin text."""
    with open(finders.find(style_sheet), encoding="utf-8") as opened:
        css = opened.read()
    folder = style_sheet.rsplit("/", 1)[0]
    return {
        f"{folder}/files/{name}"
        for rule in css.split("@font-face")
        if f"unicode-range: {LATIN}" in rule
        for name in FONT_FILES.findall(rule)
    }


@pytest.mark.parametrize("path", PAGES)
def test_a_first_visit_stays_within_the_css_and_font_budget(client, path):
    html = client.get(path).content.decode()
    sheets = STYLE_SHEETS.findall(html)
    assert "css/site.css" in sheets and "designsystemet/src/index.css" in sheets
    fonts = set().union(*(fonts_for_latin(sheet) for sheet in sheets if "fonts/" in sheet))
    assert set(PRELOADED_FONTS.findall(html)) == fonts, "preload exactly the font the page uses"
    css = sum(compressed(sheet) for sheet in sheets)
    font = sum(compressed(file) for file in fonts)
    assert css <= CSS_BUDGET, f"{css} bytes of CSS"
    assert font <= FONT_BUDGET, f"{font} bytes of fonts"


def test_the_readme_states_the_budget():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    assert (
        f"{CSS_BUDGET // 1000} KB of CSS" in readme
        and f"{FONT_BUDGET // 1000} KB of fonts" in readme
    )
