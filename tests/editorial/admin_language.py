"""Which interface strings an admin screen shows, and whether each is in the editor's
language: every gettext lookup made while the screen renders is recorded, with whether
the language's own catalogues have it. (Django would otherwise fill a gap in Danish with
the default language, Norwegian, and one in Norwegian with the English msgid.)

Used by tests/editorial/test_admin_in_own_language.py, and for the per-screen shares:
`manage.py shell -c "from tests.editorial.admin_language import report; report()"`.
"""

import contextlib
import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils.translation import trans_real

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Task

from editorial.roles import APPROVER
from editorial.translation_review import translation_of
from programme.pages import ModulePage
from programme.snippets import Theme

# Strings that are the same in every language: names, codes and symbols.
SAME_IN_EVERY_LANGUAGE = {
    "Wagtail",
    "Samling",
    "Apertium",
    "PDF",
    "CSV",
    "XLSX",
    "URL",
    "ID",
    "OK",
    "E-mail",
    "Email",
    "Status",
    "Alt",
    "Admin",
    "Redirect",
}


# Words only English has, as admin screens use them (not "status", "filter", "time").
ENGLISH_WORDS = (
    "the of and is this that your you with are has been will page pages edit add "
    "delete search choose select save cancel view preview show hide title draft published "
    "unpublished item items settings help comments history workflow task tasks collection "
    "document documents image images user users locked private public translate changes "
    "error errors required field new actions live expand collapse explorer dashboard welcome "
    "successfully translated translation"
)
# Words only Norwegian (in either written form), or only Danish, writes this way.
NORWEGIAN_WORDS = (
    "av endre endringer lagre lagret velg søk tittel legg slett lukk hjelp publisert "
    "bilder ennå språk oversettelse oversettelser utkast nytt ikkje"
)
DANISH_WORDS = (
    "af ændre ændringer gem gemt vælg søg titel læg slet luk hjælp publiceret billeder "
    "endnu sprog oversættelse oversættelser kladde nyt"
)
# Words only Bokmål, or only Nynorsk, writes this way.
BOKMAL_WORDS = "ikke hva hvordan endringer oversettelse oversettelser ennå bilder fra"
NYNORSK_WORDS = "ikkje kva korleis endringar omsetjing omsetjingar enno bilete frå eit"
ENGLISH, NORWEGIAN, DANISH, BOKMAL, NYNORSK = (
    set(w.split())
    for w in (ENGLISH_WORDS, NORWEGIAN_WORDS, DANISH_WORDS, BOKMAL_WORDS, NYNORSK_WORDS)
)
FOREIGN = {
    "nb": ENGLISH | DANISH | NYNORSK,
    "nn": ENGLISH | DANISH | BOKMAL,
    "da": ENGLISH | NORWEGIAN | NYNORSK,
}
# Names and words the same in every language that contain a listed word.
ALLOWED = {"Wagtail", "Apertium", "Samling"}


def foreign_texts(texts, language, content):
    """The texts with a word only English, or only the other language, has (leaving out
    `content`, the editors' own words in any language)."""
    found = []
    long_content = sorted((item for item in content if len(item) >= 10), key=len, reverse=True)
    for text in texts:
        if text in content or text in ALLOWED:
            continue
        for item in long_content:  # a title inside a sentence ("Copied from <title>")
            text = text.replace(item, " ") if item in text else text
        if set(re.findall(r"[^\W\d_]+", text.lower())) & FOREIGN[language]:
            found.append(text)
    return found


def content_texts():
    """Titles of the demo's pages, their texts and terms: content, whichever language."""
    from django.utils.html import strip_tags

    from wagtail.contrib.redirects.models import Redirect
    from wagtail.models import Page
    from wagtail_localize.models import String, StringTranslation

    from programme.snippets import AudienceRole, Theme
    from terms.models import Term

    titles = set(Page.objects.values_list("title", flat=True))
    texts = [*String.objects.values_list("data", flat=True)]
    texts += StringTranslation.objects.values_list("data", flat=True)
    segments = {strip_tags(text).strip() for text in texts}  # the side-by-side reading
    terms = {str(term) for model in (Theme, AudienceRole) for term in model.objects.all()}
    terms |= {note for note in Term.objects.values_list("note", flat=True) if note}
    paths = set(Redirect.objects.values_list("old_path", flat=True))
    return titles | segments | terms | paths


class Lookups:
    def __init__(self, language):
        self.language = language
        self.found = {}  # msgid: in the language's own catalogues?

    def record(self, catalog, key, plural=None):
        """`key` as gettext looks it up: the msgid, after "context\x04" for pgettext."""
        msgid = key[0] if isinstance(key, tuple) else key
        text = msgid.split("\x04")[-1]
        if text.strip() and not re.fullmatch(r"[\W\d_%(){}sdr]*", text):
            self.found.setdefault((msgid, plural), key in catalog or text in SAME_IN_EVERY_LANGUAGE)

    @property
    def missing(self):
        """(msgid, plural msgid or None) of the strings not in the editor's language."""
        return sorted(key for key, ok in self.found.items() if not ok)

    @property
    def share(self):
        return 1 - len(self.missing) / len(self.found) if self.found else 1.0


@contextlib.contextmanager
def recorded(language):
    """Record the lookups made in `language` while the block runs."""
    lookups = Lookups(language)
    cls = trans_real.DjangoTranslation
    gettext, ngettext = cls.gettext, cls.ngettext

    def own(translation):
        return translation.language() == language and translation.domain == "django"

    def recording_gettext(self, message):
        if own(self):
            lookups.record(self._catalog, message)
        return gettext(self, message)

    def recording_ngettext(self, singular, plural, n):
        if own(self):
            lookups.record(self._catalog, (singular, 0), plural)
        return ngettext(self, singular, plural, n)

    cls.gettext, cls.ngettext = recording_gettext, recording_ngettext
    try:
        yield lookups
    finally:
        cls.gettext, cls.ngettext = gettext, ngettext


def page(slug, language):
    return Page.objects.get(slug=slug, locale__language_code=language)


def screens(language):
    """(name, URL) of the screens editors use, on the demo's content in `language`."""
    home = page(language, language)
    modules = ModulePage.objects.filter(locale=home.locale).order_by("path")
    # written in this language (the demo's Nynorsk is all translated: its first module)
    own = next((m for m in modules if translation_of(m) is None), modules.first())
    translated = next(m for m in modules if translation_of(m) is not None)
    programme = own.get_parent()
    document, image = get_document_model().objects.first(), get_image_model().objects.first()
    theme = Theme.objects.filter(locale=home.locale).first()
    editor = get_user_model().objects.get(username=f"redaktor-{language}")
    group, task = Group.objects.get(name=APPROVER), Task.objects.filter(active=True).first()
    pages = "wagtailadmin_pages:"
    chooser = reverse("wagtailadmin_choose_page_child", args=[programme.pk])
    found = [
        ("dashboard", reverse("wagtailadmin_home")),
        ("explorer", reverse("wagtailadmin_explore", args=[programme.pk])),
        ("explorer, home", reverse("wagtailadmin_explore", args=[home.pk])),
        ("page search", reverse(pages + "search") + "?q=ledelse"),
        ("edit programme", reverse(pages + "edit", args=[programme.pk])),
        ("edit module", reverse(pages + "edit", args=[own.pk])),
        ("translation editor", reverse(pages + "edit", args=[translated.pk])),
        ("submit translation", reverse("submit_translation_for_review", args=[translated.pk])),
        ("preview", reverse(pages + "view_draft", args=[own.pk])),
        ("add page: choose type", reverse(pages + "add_subpage", args=[programme.pk])),
        ("add module", reverse(pages + "add", args=["programme", "modulepage", programme.pk])),
        ("history", reverse(pages + "history", args=[programme.pk])),
        ("move", reverse(pages + "move", args=[own.pk])),
        ("copy", reverse(pages + "copy", args=[own.pk])),
        ("unpublish", reverse(pages + "unpublish", args=[own.pk])),
        ("delete", reverse(pages + "delete", args=[own.pk])),
        ("page chooser", reverse("wagtailadmin_choose_page")),
        ("page chooser, one type", chooser + "?page_type=programme.competencegoalpage"),
        ("image chooser", reverse("wagtailimages_chooser:choose")),
        ("document chooser", reverse("wagtaildocs_chooser:choose")),
        ("documents", reverse("wagtaildocs:index")),
        ("add document", reverse("wagtaildocs:add_multiple")),
        ("edit document", reverse("wagtaildocs:edit", args=[document.pk])),
        ("images", reverse("wagtailimages:index")),
        ("add images", reverse("wagtailimages:add_multiple")),
        ("themes", reverse("wagtailsnippets_programme_theme:list")),
        ("edit theme", reverse("wagtailsnippets_programme_theme:edit", args=[theme.pk])),
        ("audience roles", reverse("wagtailsnippets_programme_audiencerole:list")),
        ("search promotions", reverse("wagtailsearchpromotions:index")),
        ("add search promotion", reverse("wagtailsearchpromotions:add")),
        ("workflow tasks", reverse("wagtailadmin_reports:workflow_tasks")),
        ("workflows report", reverse("wagtailadmin_reports:workflow")),
        ("locked pages", reverse("wagtailadmin_reports:locked_pages")),
        ("site history", reverse("wagtailadmin_reports:site_history")),
        ("aging pages", reverse("wagtailadmin_reports:aging_pages")),
        ("translation status", reverse("translation_status")),
        ("account", reverse("wagtailadmin_account")),
        ("translate page", reverse("wagtail_localize:submit_page_translation", args=[own.pk])),
        ("read side by side", reverse("compare_translation", args=[translated.pk])),
        ("term base", reverse("wagtailsnippets_terms_term:list")),
        ("add term", reverse("wagtailsnippets_terms_term:add")),
        ("collections", reverse("wagtailadmin_collections:index")),
        ("users", reverse("wagtailusers_users:index")),
        ("edit user", reverse("wagtailusers_users:edit", args=[editor.pk])),
        ("groups", reverse("wagtailusers_groups:index")),
        ("edit group", reverse("wagtailusers_groups:edit", args=[group.pk])),
        ("workflows", reverse("wagtailadmin_workflows:index")),
        ("workflow task list", reverse("wagtailadmin_workflows:task_index")),
        ("edit workflow task", reverse("wagtailadmin_workflows:edit_task", args=[task.pk])),
        ("redirects", reverse("wagtailredirects:index")),
        ("add redirect", reverse("wagtailredirects:add")),
        ("forms", reverse("wagtailforms:index")),
        ("locales", reverse("wagtaillocales:index")),
    ]
    if image is not None:
        found.append(("edit image", reverse("wagtailimages:edit", args=[image.pk])))
    return found


def report(usernames=("redaktor-nb", "redaktor-nn", "redaktor-da", "admin-nb", "admin-da")):
    """Per screen and editor: the share of its strings in the editor's language."""
    from django.contrib.auth import get_user_model
    from django.test import Client

    from wagtail.users.models import UserProfile

    for username in usernames:
        user = get_user_model().objects.get(username=username)
        language = UserProfile.get_for_user(user).get_preferred_language()
        client = Client()
        client.force_login(user)
        for name, url in screens(language):
            with recorded(language) as lookups:
                status = client.get(url, HTTP_HOST="localhost").status_code
            if status != 200:
                continue
            print(f"{username}\t{name}\t{status}\t{lookups.share:.0%}\t{len(lookups.found)}")
            for key in lookups.missing:
                print("   ", repr(key))
