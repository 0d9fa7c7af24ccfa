"""Demo team work: Hamar's answers in ABSOLUTT (written by several members, so there is
history, one shared with the cohort and published as a shared result) and Silkeborg's in
the KL cluster. Idempotent."""

from datetime import timedelta

from django.utils import timezone

from cohorts.models import Cohort
from programme.cohort_page.page import CohortPage
from programme.pages import ReflectionTaskPage
from programme.shared_results import SharedResultPage
from teamwork.answers import save_answer, set_sharing
from teamwork.models import TeamAnswer
from teamwork.results import paragraphs

# (cohort slug, team, task slug, [(writer's email or username, text)], shared)
ANSWERS = [
    (
        "absolutt-innlandet-2026",
        "Hamar",
        "hent-fram-egne-data",
        [
            (
                "ingrid.fjellstad@example.org",
                "Vi har hentet fram kvalitetsrapporten, "
                "elevundersøkelsen og tall for tidlig innsats i barnehagene.",
            ),
        ],
        False,
    ),
    (
        "absolutt-innlandet-2026",
        "Hamar",
        "styrker-og-svakheter",
        [
            (
                "tor.sveen@example.org",
                "Styrke: lesing på mellomtrinnet.\nSvakhet: overgangen barnehage–skole.",
            ),
            (
                "deltaker-absolutt",
                "Styrke: lesing på mellomtrinnet, der vi ligger over "
                "landssnittet tre år på rad.\n\nSvakhet: overgangen fra barnehage til skole. "
                "Barnehagene og skolene bruker ulike begreper om de samme barna, og "
                "informasjonen stopper ved skoleporten.\n\nInnsikt: vi må eie overgangen "
                "sammen, politisk og administrativt, ikke la hver sektor løse sin del.",
            ),
        ],
        True,
    ),
    (
        "absolutt-innlandet-2026",
        "Hamar",
        "utkast-til-eierstrategi",
        [
            (
                "lise.bakken@example.org",
                "Første utkast: «Alle barn skal lykkes i overgangen "
                "til skolen.» Vi mangler ennå tiltak og ansvar.",
            )
        ],
        False,
    ),
    (
        "klynge-midtjylland",
        "Silkeborg",
        "kortlaeg-maalkaeden",
        [
            (
                "lone.madsen@example.org",
                "Målkæden går fra byrådets børnepolitik til "
                "skolernes årsplaner, men mangler et led i dagtilbuddene.",
            )
        ],
        True,
    ),
]

RESULT = {
    "slug": "eie-overgangen-sammen",
    "title": "Eie overgangen fra barnehage til skole sammen",
    "kind": "insight",
    "summary": "Hamar oppdaget at overgangen fra barnehage til skole bare kan bli god når "
    "politikere og administrasjon eier den sammen.",
}


def writer(cohort, name):
    membership = cohort.memberships.filter(user__username=name).select_related("user").first()
    return membership.user if membership else None


def ensure_team_work():
    now = timezone.now()
    for slug, municipality, task_slug, versions, shared in ANSWERS:
        page = CohortPage.objects.filter(slug=slug).order_by("pk").first()
        cohort = Cohort.objects.get(page_key=page.translation_key)
        team = cohort.teams.get(municipality=municipality)
        task = ReflectionTaskPage.objects.filter(slug=task_slug).order_by("pk").first()
        answer = TeamAnswer.objects.filter(team=team, task_key=task.translation_key).first()
        if answer is None:
            for number, (name, text) in enumerate(versions):
                save_answer(team, task.translation_key, text, number, writer(cohort, name))
            answer = TeamAnswer.objects.get(team=team, task_key=task.translation_key)
            answer.changes.update(saved_at=now - timedelta(days=3))
            if shared:
                set_sharing(answer, True, True, writer(cohort, versions[-1][0]))
        if shared and slug == "absolutt-innlandet-2026":
            ensure_result(answer, cohort, page)


def ensure_result(answer, cohort, cohort_page):
    programme = cohort_page.get_parent()
    result = SharedResultPage.objects.child_of(programme).filter(slug=RESULT["slug"]).first()
    if result is None:
        result = SharedResultPage(
            slug=RESULT["slug"],
            title=RESULT["title"],
            kind=RESULT["kind"],
            summary=RESULT["summary"],
            body=paragraphs(answer.text),
            origin=f"{answer.team.municipality} kommune, {cohort.title}",
        )
        programme.add_child(instance=result)
        result.save_revision().publish()
    if answer.result_page_id is None:
        answer.result_page = result
        answer.save(update_fields=["result_page"])
