"""The admin speaks the editor's language on every screen editors use: no English, and
no Norwegian on Danish screens (Django fills a Danish gap with the default language,
Norwegian) nor Danish on Norwegian ones.

Two checks on each screen, as the Danish and the Norwegian demo editor and as an
administrator in each language (for the screens editors may not open):
- every interface string the screen looked up is in the language's own catalogues
  (`admin_language.recorded`);
- its text and labels hold no word that only English, or only the other language, has
  (for text that does not come through gettext).
And the two JavaScript catalogues serve every string of Wagtail's and wagtail-localize's
scripts in the editor's language.
"""

import json
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation

from .admin_language import content_texts, foreign_texts, recorded, screens

pytestmark = pytest.mark.django_db

SITE_PACKAGES = Path(polib.__file__).parent
VENDOR = Path(__file__).resolve().parents[2] / "locale_vendor"

UI_ATTRIBUTES = {"aria-label", "title", "placeholder", "alt", "aria-description"}
SKIPPED_ELEMENTS = {"script", "style", "textarea", "template", "option", "code", "pre"}


class InterfaceText(HTMLParser):
    """The text a screen shows and speaks, without its scripts, the editor's content
    (form values, options, rich text held in attributes) and what is marked as another
    language (the preview's language switcher speaks each language in its own)."""

    def __init__(self, language):
        super().__init__()
        self.language = language
        self.texts, self.skipping, self.foreign = [], 0, []

    def handle_starttag(self, tag, attrs):
        lang = dict(attrs).get("lang")
        if self.foreign and tag == self.foreign[-1][0]:
            self.foreign[-1][1] += 1
        elif lang and not lang.startswith(self.language):
            self.foreign.append([tag, 1])
        if tag in SKIPPED_ELEMENTS:
            self.skipping += 1
        if not self.foreign:
            self.texts += [value for name, value in attrs if name in UI_ATTRIBUTES and value]

    def handle_endtag(self, tag):
        if self.foreign and tag == self.foreign[-1][0]:
            self.foreign[-1][1] -= 1
            if not self.foreign[-1][1]:
                self.foreign.pop()
        if tag in SKIPPED_ELEMENTS and self.skipping:
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping and not self.foreign and data.strip():
            self.texts.append(data.strip())


def foreign_words(page, language, content):
    parser = InterfaceText(language)
    parser.feed(page)
    return foreign_texts(parser.texts, language, content)


def login_as(client, username, language=None):
    user = get_user_model().objects.get(username=username)
    if language:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    client.force_login(user)
    return UserProfile.get_for_user(user).get_preferred_language()


@pytest.fixture
def administrator():
    return get_user_model().objects.create_superuser("admin-sprak", "a@example.org", "pw").username


@pytest.fixture(autouse=True)
def work_in_progress():
    """What a working day leaves on the screens: in each tree, a page in review, a locked
    page, a draft and its history, and a machine-translated text."""
    from django.utils import timezone

    from wagtail.log_actions import log

    from editorial.translation_review import translation_of
    from programme.pages import ModulePage

    for language in ("nb", "da"):
        editor = get_user_model().objects.get(username=f"redaktor-{language}")
        modules = ModulePage.objects.filter(locale__language_code=language).order_by("path")
        own = [module for module in modules if translation_of(module) is None]
        own[0].duration = "09.00–15.00"
        own[0].save_revision(user=editor, log_action=True)
        own[0].get_workflow().start(own[0], editor)
        own[1].locked, own[1].locked_by, own[1].locked_at = True, editor, timezone.now()
        own[1].save()
        log(own[1], "wagtail.lock", user=editor)
    StringTranslation.objects.filter(pk=StringTranslation.objects.first().pk).update(
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE, tool_name="Apertium"
    )


def shown(response):
    """The screen's HTML; a chooser answers with JSON that holds it."""
    if response["Content-Type"].startswith("application/json"):
        return response.json()["html"]
    return response.content.decode()


def walk(client, language, may_skip):
    problems, content = [], content_texts()
    for name, url in screens(language):
        with recorded(language) as lookups:
            response = client.get(url)
        if response.status_code in (302, 403) and may_skip:
            continue  # a screen this role may not open
        assert response.status_code == 200, (name, url, response.status_code)
        if lookups.missing:
            problems.append((name, "not translated", lookups.missing))
        words = foreign_words(shown(response), language, content)
        if words:
            problems.append((name, "foreign words", words))
    return problems


@pytest.mark.parametrize("username", ["redaktor-nb", "redaktor-nn", "redaktor-da"])
def test_the_demo_editors_screens_are_in_their_language(client, username):
    language = login_as(client, username)
    assert language == username[-2:]
    problems = walk(client, language, may_skip=True)
    assert problems == [], "\n".join(map(str, problems))


@pytest.mark.parametrize("language", ["nb", "nn", "da"])
def test_every_screen_is_in_the_administrators_language(client, administrator, language):
    login_as(client, administrator, language)
    problems = walk(client, language, may_skip=False)
    assert problems == [], "\n".join(map(str, problems))


def script_strings(package):
    po = polib.pofile(str(SITE_PACKAGES / package / "locale/en/LC_MESSAGES/djangojs.po"))
    return [entry.msgid for entry in po]


@pytest.mark.parametrize("language", ["nb", "nn", "da"])
@pytest.mark.parametrize(
    ("package", "catalogue_url"),
    [
        ("wagtail/admin", "wagtailadmin_javascript_catalog"),
        ("wagtail_localize", "wagtail_localize:javascript_catalog"),
    ],
)
def test_the_scripts_speak_the_editors_language(client, language, package, catalogue_url):
    ours = polib.pofile(str(VENDOR / language / "LC_MESSAGES/djangojs.po"))
    translated = {entry.msgid: entry for entry in ours if entry.translated()}
    missing = [msgid for msgid in script_strings(package) if msgid not in translated]
    assert missing == []
    login_as(client, "redaktor-" + language)
    served = client.get(reverse(catalogue_url)).content.decode()
    for msgid in script_strings(package):
        entry = translated[msgid]
        text = entry.msgstr_plural[1] if entry.msgid_plural else entry.msgstr
        assert json.dumps(text) in served, msgid
