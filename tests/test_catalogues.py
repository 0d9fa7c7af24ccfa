"""The nb, nn and da catalogues are complete, compiled, and cover every string in the source."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

# Reads the catalogues and the source only.
pytestmark = pytest.mark.one_database

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["nb", "nn", "da"]
NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", ".tools", "node_modules", "tmp", "media", "staticfiles", "*.sqlite3*"
)


def catalogue(lang):
    return polib.pofile(str(ROOT / "locale" / lang / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_is_translated(lang):
    po = catalogue(lang)
    assert po.untranslated_entries() == []
    assert po.fuzzy_entries() == []


def test_every_language_has_the_same_strings():
    nb, *others = ({e.msgid for e in catalogue(lang)} for lang in LANGUAGES)
    assert all(strings == nb for strings in others)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_compiled_catalogue_matches_its_source(lang):
    mo_path = ROOT / "locale" / lang / "LC_MESSAGES" / "django.mo"
    assert mo_path.exists(), "run `make messages`"
    compiled = {e.msgid: e.msgstr for e in polib.mofile(str(mo_path))}
    source = {e.msgid: e.msgstr for e in catalogue(lang) if e.msgid}
    assert {k: v for k, v in compiled.items() if k} == source


def test_catalogues_cover_every_string_in_the_source(tmp_path):
    if not shutil.which("xgettext"):
        if os.environ.get("CI"):
            pytest.fail("GNU gettext (xgettext) is needed in CI to extract strings")
        pytest.skip("GNU gettext is not installed; `apt-get install gettext` enables this check")
    copy = tmp_path / "src"
    shutil.copytree(ROOT, copy, ignore=NOT_SOURCE)
    subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "makemessages", "-l", "nb", "--no-location"]
        + ["--ignore=tests", "--ignore=bench"],
        cwd=copy,
        check=True,
        capture_output=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test"},
    )
    extracted = {e.msgid for e in polib.pofile(str(copy / "locale/nb/LC_MESSAGES/django.po"))}
    missing = extracted - {e.msgid for e in catalogue("nb")}
    assert not missing, f"run `make messages-update` and translate: {sorted(missing)}"


VENDOR = ROOT / "locale_vendor"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_wagtail_localize_screens_speak_the_editors_language(lang):
    """locale_vendor/ adds nb, nn and da for wagtail-localize's most used screens (and
    for Nynorsk, which Wagtail does not ship, all of Wagtail's Bokmål strings)."""
    from django.utils import translation

    po = polib.pofile(str(VENDOR / lang / "LC_MESSAGES" / "django.po"))
    assert po.untranslated_entries() == [] and po.fuzzy_entries() == []
    with translation.override(lang):
        for entry in po:
            if entry.msgid_plural:
                continue
            found = (
                translation.pgettext(entry.msgctxt, entry.msgid)
                if entry.msgctxt
                else translation.gettext(entry.msgid)
            )
            assert found == entry.msgstr, entry.msgid
    expected = {
        "nb": "Synkroniser oversatte sider",
        "nn": "Synkroniser omsette sider",
        "da": "Synkronisér oversatte sider",
    }[lang]
    with translation.override(lang):
        assert translation.gettext("Sync translated pages") == expected


def test_the_catalogues_are_spelled_right():
    """hunspell with Debian's nb, nn and da dictionaries and the project's word lists
    (locale/words.<language>.txt) knows every word of the nb, nn and da catalogues."""
    dictionaries = (Path(f"/usr/share/hunspell/{name}.dic") for name in ("nn_NO", "da_DK"))
    if not all(path.exists() for path in dictionaries) or not shutil.which("hunspell"):
        if os.environ.get("REQUIRE_LANGUAGE_TOOLS") == "1":
            pytest.fail("REQUIRE_LANGUAGE_TOOLS=1 but hunspell or its dictionaries are missing")
        pytest.skip("hunspell is not installed (see the README)")
    result = subprocess.run(  # noqa: S603
        [sys.executable, str(ROOT / "bin" / "spellcheck_catalogues.py")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout
