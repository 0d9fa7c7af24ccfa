"""Each language's own words: the participant's and the facilitator's screens in Danish
hold no Norwegian word for the product's concepts (in the text, the labels or the
addresses they link to), the Norwegian screens no Danish one, and the Nynorsk screens
neither a Danish one nor a Bokmål form ("deltaker", "oppgave", "påminnelse"). Text marked with
another language (a module not yet translated, lang="nb") is left out: it says so."""

import re
from html.parser import HTMLParser

import pytest

from django.urls import reverse
from django.utils import translation

from cohorts.models import Cohort
from reminders.messages import opt_out_token
from tests.cohorts.conftest import logged_in

# The words README's glossary gives one language and not the other (and their forms).
NORWEGIAN = {
    "kull", "kullet", "kullets", "kullene", "laget", "lagets", "lagene", "lagenes",
    "oppgave", "oppgaver", "oppgaven", "oppgavene", "deltaker", "deltakere", "deltakeren",
    "deltakerne", "påmelding", "påmeldingen", "påmeldinger", "pamelding", "pameldinger",
    "arbeidsbok", "påminnelse", "påminnelser", "paminnelser", "oppmøte", "oppmote",
    "samlingen", "samlinger", "samlingene", "ennå", "utkast", "utkastet", "meldinger",
    "fasilitator", "fasilitatoren", "fasilitatorer",
}  # fmt: skip
DANISH = {
    "hold", "holdet", "holdets", "holdene", "teamet", "teamets", "teamene", "opgave",
    "opgaver", "opgaven", "opgaverne", "deltager", "deltagere", "deltageren", "deltagerne",
    "tilmelding", "tilmeldingen", "tilmeldinger", "arbejdsbog", "påmindelse",
    "påmindelser", "paamindelser", "fremmøde", "fremmoede", "møde", "mødet", "møder",
    "moeder", "endnu", "kladde", "kladden", "beskeder", "facilitatoren", "facilitatorer",
}  # fmt: skip
# Bokmål forms Nynorsk writes otherwise ("deltakar", "oppgåve", "påminning", "samlinga").
BOKMAL = {
    "kullets", "kullene", "lagets", "lagene", "lagenes", "oppgave", "oppgaven", "oppgavene",
    "deltaker", "deltakere", "deltakeren", "deltakerne", "påmeldingen", "påmeldinger",
    "pameldinger", "påminnelse", "påminnelser", "paminnelser", "samlingen", "samlinger",
    "samlingene", "ennå", "meldinger", "fasilitatorer", "ikke", "hva", "hvordan",
}  # fmt: skip
WRONG = {"nb": DANISH, "nn": DANISH | BOKMAL, "da": NORWEGIAN}


class Words(HTMLParser):
    """The words a reader meets: text, labels and link addresses, outside <script> and
    <style> and outside elements marked with another language than the page's."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "wbr"}
    SHOWN = ("href", "action", "title", "aria-label", "placeholder", "alt", "content")

    def __init__(self, language):
        super().__init__()
        self.language, self.stack, self.words = language, [], []

    def foreign(self):
        """Inside <script>, <style> or an element in another language."""
        return any(
            tag in ("script", "style") or (lang and not lang.startswith(self.language))
            for tag, lang in self.stack
        )

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag not in self.VOID:
            self.stack.append((tag, attrs.get("lang") if tag != "html" else None))
        if (
            not self.foreign()
            and attrs.get("lang", self.language).startswith(self.language) is not False
        ):
            for name in self.SHOWN:
                if attrs.get(name) and not (tag == "meta" and name == "content"):
                    self.add(attrs[name])

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if not self.foreign():
            self.add(data)

    def add(self, text):
        self.words += re.findall(r"[^\W\d_]+", text.lower())


def other_words(html, language):
    parser = Words(language)
    parser.feed(html)
    return sorted({word for word in parser.words if word in WRONG[language]})


def screens(cohort, participant, facilitator, language):
    """(client, address) of every screen a participant and a facilitator use."""
    page = cohort.page_in(language)
    session = page.sessions.order_by("start").first().uid
    member = cohort.memberships.get(user__username=participant)
    with translation.override(language):
        team_task, solo_task = task_keys(cohort)
        own = [
            page.url,
            reverse("teamwork:task", args=[cohort.pk, team_task]),
            reverse("teamwork:task", args=[cohort.pk, solo_task]),
            reverse("cohorts:my_data"),
            reverse("reminders:opt_out", args=[opt_out_token(member)]),
        ]
        managing = [
            reverse("cohorts:overview", args=[cohort.pk]),
            reverse("cohorts:add_participant", args=[cohort.pk]),
            reverse("cohorts:import", args=[cohort.pk]),
            reverse("cohorts:attendance", args=[cohort.pk, session]),
            reverse("cohorts:register", args=[cohort.pk]),  # the public registration form
            reverse("notices:write", args=[cohort.pk]),
            reverse("notices:move", args=[cohort.pk, session]),
            reverse("reminders:days", args=[cohort.pk]),
            reverse("evaluations:results", args=[cohort.pk]),
            reverse("teamwork:task", args=[cohort.pk, team_task]),
        ]
    return [(participant, url) for url in own] + [(facilitator, url) for url in managing]


def task_keys(cohort):
    """A task done in the team and one done alone, of the cohort's modules."""
    from teamwork.tasks import cohort_tasks, is_team_task

    found = [t for part in cohort_tasks(cohort.page()) for t in part.tasks]
    team = next(t for t in found if is_team_task(t))
    alone = next((t for t in found if not is_team_task(t)), team)
    return team.translation_key, alone.translation_key


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "cohort_title", "participant", "facilitator"),
    [
        ("da", "Klynge Midtjylland", "deltager-kl", "facilitator-kl"),
        ("nb", "ABSOLUTT Innlandet 2026", "deltaker-absolutt", "fasilitator-absolutt"),
        ("nn", "ABSOLUTT Sogn 2026", "deltakar-sogn", "fasilitator-sogn"),
    ],
)
def test_the_screens_use_their_own_languages_words(
    language, cohort_title, participant, facilitator
):
    cohort = Cohort.objects.get(title=cohort_title)
    clients = {name: logged_in(name) for name in (participant, facilitator)}
    found = {}
    for who, url in screens(cohort, participant, facilitator, language):
        response = clients[who].get(url)
        assert response.status_code in (200, 410), url  # 410: registration closed
        assert url.split("/")[1] == language
        wrong = other_words(response.content.decode(), language)
        if wrong:
            found[url] = wrong
    assert found == {}


def test_the_check_finds_a_word_of_the_other_language():
    assert other_words('<p>Dit team: <a href="/da/kull/3/">Silkeborg</a></p>', "da") == ["kull"]
    assert other_words('<p lang="nb">Laget ditt</p><p>Dit team</p>', "da") == []
    assert other_words("<p>Holdets side</p>", "nb") == ["holdets"]
    assert other_words("<p>Deltakere i kullet</p>", "nn") == ["deltakere"]
