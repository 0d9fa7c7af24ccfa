"""Seed the benchmark's large data set and print the URLs to measure, as JSON.

3 programmes × 30 modules × 10 reflection tasks, 6 goals per programme, 1,000 tools,
20 cohorts of 4 sessions, on top of the demo content. Runs once per database (a marker
programme says it is there). Usage: DATABASE_URL=... python bench/seed.py
"""

import json
import os
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

import django  # noqa: E402

django.setup()

from datetime import timedelta  # noqa: E402

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.files.base import ContentFile  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

from wagtail.documents import get_document_model  # noqa: E402
from wagtail.models import PageViewRestriction  # noqa: E402
from wagtail.rich_text import RichText  # noqa: E402

from cohorts.access import cohort_for_page  # noqa: E402
from cohorts.models import Membership, Team  # noqa: E402
from demo.builder import (  # noqa: E402
    demo_collection,
    ensure_taxonomy,
    home,
    publish_new,
    rich,
)
from demo.documents import BUILDERS  # noqa: E402
from programme import links, pages  # noqa: E402
from programme.cohort_page.page import CohortPage, CohortSession  # noqa: E402

PROGRAMMES, MODULES, TASKS, GOALS, TOOLS, COHORTS = 3, 30, 10, 6, 1000, 20
if os.environ.get("BENCH_SIZE") == "smoke":  # `bench/run.py --smoke`: the same, small
    PROGRAMMES, MODULES, TASKS, GOALS, TOOLS, COHORTS = 1, 6, 2, 2, 20, 1


def vocabulary():
    """The words of the demo programmes' texts: realistic, and varied enough that a
    search term matches some pages, not all of them."""
    from demo import absolutt, kl, led_skole

    source = repr([absolutt.ABSOLUTT, led_skole.LED_SKOLE, kl.KL])
    return sorted({w.lower() for w in re.findall(r"[A-Za-zÆØÅæøå]{5,}", source)})


WORDS = vocabulary()


def text(seed, words=40):
    """`words` words chosen by `seed`, the same on every run."""
    chooser = random.Random(seed)
    return " ".join(chooser.choice(WORDS) for _ in range(words)).capitalize()


def document_file(index):
    """(file name, content) of shared document `index`, the same on every run."""
    fmt = ("pdf", "docx", "xlsx")[index % 3]
    return f"bench-{index}.{fmt}", BUILDERS[fmt](
        f"Mal {index}", text(index, 12), [["Punkt", "Svar"]]
    )


def documents():
    """Ten shared documents in three formats (the tools reuse them)."""
    Document = get_document_model()
    result = []
    for index in range(10):
        document = Document(title=f"Benchmark-mal {index}", collection=demo_collection())
        name, body = document_file(index)
        document.file.save(name, ContentFile(body), save=False)
        document._set_document_file_metadata()
        document.save()
        result.append(document)
    return result


def restore_missing_files():
    """Write the shared documents' files where this checkout's media folder lacks them:
    the PostgreSQL database may have been seeded from another checkout."""
    for document in get_document_model().objects.filter(title__startswith="Benchmark-mal "):
        if not document.file.storage.exists(document.file.name):
            body = document_file(int(document.title.rsplit(" ", 1)[1]))[1]
            document.file.storage.save(document.file.name, ContentFile(body))


def tools(roles, themes):
    index = pages.ToolIndexPage.objects.get(slug="verktoy", locale__language_code="nb")
    shared = documents()
    created = []
    for number in range(TOOLS):
        rows = [
            ("files", pages.ToolFile(document=shared[number % 10], language="nb")),
            ("audience_links", links.ToolAudience(target=roles[number % len(roles)])),
            ("theme_links", links.ToolTheme(target=themes[number % len(themes)])),
        ]
        tool = pages.ToolPage(
            slug=f"bench-verktoy-{number}",
            title=f"Verktøy {number}: {text(number, 3)}",
            description=text(number, 25),
            how_to_use=rich([text(number + 1)]),
        )
        created.append(publish_new(index, tool, rows))
    return created


def programme(number, roles, themes, all_tools):
    page = publish_new(
        home("nb"),
        pages.ProgrammePage(
            slug=f"bench-{number}",
            title=f"Benchmarkprogram {number}",
            short_name=f"Bench {number}",
            organisation="ks",
            summary=text(number, 20),
            body=[("text", RichText(rich([text(number, 80)])))],
        ),
        [("audience_links", links.ProgrammeAudience(target=roles[0]))],
    )
    goals = [
        publish_new(
            page,
            pages.CompetenceGoalPage(
                slug=f"mal-{g}", title=f"Mål {g}: {text(g, 4)}", statement=text(g, 12)
            ),
        )
        for g in range(GOALS)
    ]
    for m in range(MODULES):
        module_tools = [all_tools[(number * 300 + m * 10 + k) % TOOLS] for k in range(4)]
        rows = [("goal_links", links.ModuleGoal(target=goals[(m + k) % GOALS])) for k in range(3)]
        rows += [("tool_links", links.ModuleTool(target=tool)) for tool in module_tools]
        module = publish_new(
            page,
            pages.ModulePage(
                slug=f"modul-{m}",
                title=f"Samling {m}: {text(m, 4)}",
                perspective=themes[m % len(themes)],
                duration="2 dager",
                introduction=text(m, 30),
                body=[("text", RichText(rich([text(m, 120), text(m + 1, 120)])))],
            ),
            rows,
        )
        for t in range(TASKS):
            tool = all_tools[(number * 300 + m * 10 + t) % TOOLS]
            publish_new(
                module,
                pages.ReflectionTaskPage(
                    slug=f"oppgave-{t}",
                    title=f"Oppgave {t}: {text(t, 4)}",
                    timing=("before", "at", "between")[t % 3],
                    working_form="own_group",
                    minutes=30,
                    introduction=text(t, 20),
                    questions=[("question", text(t + q, 12)) for q in range(3)],
                ),
                [
                    ("tool_links", links.TaskTool(target=tool)),
                    ("audience_links", links.TaskAudience(target=roles[t % len(roles)])),
                ],
            )
    return page


def cohorts(programmes):
    start = timezone.now().replace(hour=8, minute=0, second=0, microsecond=0)
    for number in range(COHORTS):
        parent = programmes[number % len(programmes)]
        modules = list(pages.ModulePage.objects.child_of(parent).order_by("path")[:4])
        rows = [
            (
                "sessions",
                CohortSession(
                    module=module,
                    start=start + timedelta(days=40 * s - 30),
                    end=start + timedelta(days=40 * s - 30, hours=7),
                    venue=f"Hotell {number}",
                ),
            )
            for s, module in enumerate(modules)
        ]
        cohort = publish_new(
            parent, CohortPage(slug=f"kull-{number}", title=f"Kull {number}", region="Vest"), rows
        )
        PageViewRestriction.objects.create(page=cohort, restriction_type="login")


def seed():
    roles, themes = ensure_taxonomy()
    roles, themes = list(roles.values()), list(themes.values())
    with transaction.atomic():
        all_tools = tools(roles, themes)
        programmes = [programme(n, roles, themes, all_tools) for n in range(1, PROGRAMMES + 1)]
        cohorts(programmes)


def admit_to_first_cohort(user):
    """The participant is a member of the first benchmark cohort: a published cohort
    page is private to its cohort's people (cohorts.signal_handlers)."""
    page = CohortPage.objects.get(slug="kull-0", locale__language_code="nb")
    cohort = cohort_for_page(page)
    team, _ = Team.objects.get_or_create(cohort=cohort, municipality="Hamar")
    Membership.objects.get_or_create(cohort=cohort, user=user, defaults={"team": team})


def urls():
    """The pages to measure, and a logged-in participant's session for those in
    `logged_in` (the cohort is private; the module shows what the page cache cannot
    serve: a page rendered for a participant, with its shared parts in the generation
    cache)."""
    Document = get_document_model()
    document = Document.objects.filter(file__contains="bench-0").first()
    participant = get_user_model().objects.get(username="deltaker-absolutt")
    admit_to_first_cohort(participant)
    client = Client()
    client.force_login(participant)
    role = ensure_taxonomy()[0]
    return {
        "pages": {
            "home": "/nb/",
            "programme": "/nb/bench-1/",
            "module": "/nb/bench-1/modul-3/",
            "module (logged in)": "/nb/bench-1/modul-3/",
            "cohort": "/nb/bench-1/kull-0/",
            "library": f"/nb/verktoy/?role={next(iter(role))}&format=PDF",
            "search": "/nb/sok/?q=refleksjon",
            "document": document.url,
        },
        "session_cookie": f"sessionid={client.cookies['sessionid'].value}",
        "logged_in": ["cohort", "module (logged in)"],
        "publish_slug": "modul-5",
    }


if __name__ == "__main__":
    if not pages.ProgrammePage.objects.filter(slug="bench-1").exists():
        seed()
    restore_missing_files()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # planner statistics for the bulk load, as after a restore
    print(json.dumps(urls()))
