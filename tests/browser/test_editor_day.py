"""A Bokmål, a Nynorsk and a Danish editor's day in the admin, in Chromium, each wholly
in the editor's own language: choose a page (the chooser opens at the programme), write and
submit, translate with one click, send the translation to review, upload a document,
read the reports; then the approver, in the same language, publishes (for Nynorsk, the
Nynorsk approver). On every screen the text and labels hold no English word and none only
another language has (the editors' own content aside)."""

import re

import pytest

from django.contrib.auth import get_user_model
from django.utils import translation
from django.utils.html import strip_tags

from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import String, StringTranslation
from wagtail_localize.operations import TranslationCreator

from base.translated_slugs import ascii_slug
from editorial.translation_review import translation_of
from programme.pages import ModulePage
from tests.editorial.admin_language import content_texts, foreign_texts

pytestmark = pytest.mark.django_db(transaction=True)

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
OTHER = {"nb": "da", "nn": "nb", "da": "nb"}  # where the module to translate comes from
APPROVER = {"nb": "godkjenner", "nn": "godkjenner-nn", "da": "godkjenner"}
UI_LABELS = """[...document.querySelectorAll('[aria-label], [title], [placeholder]')]
    .filter((e) => e.checkVisibility())
    .map((e) => e.ariaLabel || e.title || e.getAttribute('placeholder'))"""


def words(language, msgid):
    """What the admin calls `msgid` in `language`."""
    with translation.override(language):
        return translation.gettext(msgid)


def untranslated_module(language):
    """A module written in the other language, with no translation into `language` yet,
    translated as "Translate" does it (its programme first when that is not yet)."""
    target = Locale.objects.get(language_code=language)
    creator = TranslationCreator(get_user_model().objects.get(username="oversetter"), [target])
    for module in ModulePage.objects.filter(locale__language_code=OTHER[language]):
        if not module.has_translation(target):
            if not module.get_parent().has_translation(target):
                creator.create_translations(module.get_parent())
            creator.create_translations(module)
            return module.get_translation(target)
    raise AssertionError("the demo has no untranslated module")


def own_module(language):
    """A module written in `language` (no translation), which its editor may change. The
    demo's Nynorsk modules are all translations: a Nynorsk editor's own is made here."""
    modules = ModulePage.objects.filter(locale__language_code=language).order_by("path")
    own = next((module for module in modules if translation_of(module) is None), None)
    return own or modules.first().copy(
        recursive=True,  # with its tasks, as the chooser lists a module to go into
        update_attrs={"title": "Lokal oppfølging i kommunen", "slug": "lokal-oppfolging"},
        reset_translation_key=True,
    )


def content():
    """The editors' words in any language: titles, terms and every translatable text."""
    texts = set(content_texts())
    for data in [*String.objects.values_list("data", flat=True)] + [
        *StringTranslation.objects.values_list("data", flat=True)
    ]:
        texts |= {line.strip() for line in strip_tags(data).splitlines()}
    return texts


class Screens:
    """Checks each screen the editor sees, and keeps what was wrong."""

    def __init__(self, page, language):
        self.page, self.language, self.problems = page, language, []

    def check(self, name):
        self.page.wait_for_load_state("networkidle")
        text = self.page.inner_text("body").replace("\t", "\n")  # table cells apart
        lines = [line.strip() for line in text.splitlines()]
        texts = [line for line in lines if line] + self.page.evaluate(UI_LABELS)
        found = foreign_texts(texts, self.language, content())
        if found:
            self.problems.append((name, found))


def is_workflow_action(response):
    return response.request.method == "POST" and "/workflow/action/" in response.url


def approve(page, live_server, title, language):
    """The machine translation nobody edited is read and approved in the dialog, with
    the side-by-side reading and the confirmation (editorial.models.ReadingApprovalTask)."""
    page.goto(f"{live_server.url}/admin/")
    row = page.locator("tr", has_text=title).first
    row.get_by_role("button", name=words(language, "Actions")).click()
    assert (
        row.get_by_role("button", name=re.compile(f"^{words(language, 'Approve')}$")).count() == 0
    )
    row.get_by_role("button", name=words(language, "Read and approve")).first.click()
    dialog = page.locator(".modal")
    dialog.locator("#id_read").check()
    with page.expect_response(is_workflow_action):
        dialog.locator("form [type=submit]").click()
    page.wait_for_load_state("networkidle")


@pytest.mark.parametrize("language", ["nb", "nn", "da"])
def test_an_editors_day_in_their_own_language(demo, live_server, page, admin_login, language):
    page.set_viewport_size({"width": 1280, "height": 900})
    approver = get_user_model().objects.get(username=APPROVER[language])
    profile = UserProfile.get_for_user(approver)
    profile.preferred_language = language
    profile.save()
    translated = untranslated_module(language)
    module = own_module(language)
    screens = Screens(page, language)
    admin = live_server.url + "/admin"

    admin_login(page, f"redaktor-{language}")
    screens.check("dashboard")
    page.screenshot(path=f"docs/screenshots/admin-dashboard-{language}.png")

    # A new link to a competence goal: the page chooser opens at the module's programme.
    page.goto(f"{admin}/pages/{module.pk}/edit/")
    page.locator("button", has_text=words(language, "Competence goals this module serves")).click()
    page.get_by_role("button", name=words(language, "Choose a page")).last.click()
    chooser = page.locator(".modal")
    chooser.get_by_text(module.title).first.wait_for()  # the programme's pages, at once
    assert chooser.get_by_text(module.get_parent().title).count()
    screens.check("page chooser")

    # Write, save a draft and submit it to review.
    page.goto(f"{admin}/pages/{module.pk}/edit/")
    page.locator("#id_duration").fill("09.00–15.00")
    page.get_by_role("button", name=words(language, "Save draft")).click()
    screens.check("page editor, saved")
    page.get_by_role("button", name=words(language, "More actions")).first.click()
    workflow = {"workflow_name": module.get_workflow().name}
    page.get_by_role(
        "button", name=words(language, "Submit to %(workflow_name)s") % workflow
    ).click()
    screens.check("page editor, submitted")

    # Translate with one click, and send the translation to review.
    page.goto(f"{admin}/pages/{translated.pk}/edit/")
    screens.check("translation editor")
    page.get_by_role("button", name=words(language, "Translate on this server")).click()
    screens.check("translation editor, machine-translated")
    page.screenshot(
        path=f"docs/screenshots/admin-translation-editor-{language}.png", full_page=True
    )
    page.get_by_role("button", name=words(language, "Submit translation for review")).first.click()
    screens.check("translation sent for review")

    # Upload a document.
    page.goto(f"{admin}/documents/multiple/add/")
    page.locator("#fileupload").set_input_files(
        files=[{"name": "dagsorden.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    page.locator(".upload-list input[name$='title']").first.wait_for()
    screens.check("documents, uploaded")

    # Read the reports.
    for report in ("translation-status/", "reports/site-history/", "reports/workflow/"):
        page.goto(f"{admin}/{report}")
        screens.check(report)

    # The approver, in the same language, publishes the translation.
    admin_login(page, APPROVER[language])
    screens.check("approver's dashboard")
    title = Page.objects.get(pk=translated.pk).get_latest_revision_as_object().title
    approve(page, live_server, title, language)
    screens.check("approved")

    published = Page.objects.get(pk=translated.pk)
    assert published.live and published.title == title
    assert published.slug == ascii_slug(title, language)  # its address in its own language
    assert screens.problems == [], "\n".join(map(str, screens.problems))
