"""In-process benchmark of the work between sessions at the size of a large cohort:
20 municipal teams of 10, every team answering every task three times over, and 200
evaluations of each session, against the demo database (`make bench-render` runs it
after `make demo`). Nothing is kept: it all runs in a transaction that is rolled back.

Budgets (exit status 1 when exceeded): each page or download under 1 s; a day's
reminders for the 200 participants and their facilitator under 10 s (to Django's
in-memory mail backend). The PDF is measured as a server makes it, with WeasyPrint
warmed as cms/wsgi.py does at start (the cold first call is printed, not budgeted).
"""

import os
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
os.environ.setdefault("DJANGO_DEBUG", "false")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings  # noqa: E402
from django.utils import timezone  # noqa: E402

from cohorts.attendance import sessions_of  # noqa: E402
from cohorts.models import Cohort  # noqa: E402
from evaluations.models import EvaluationResponse  # noqa: E402
from evaluations.questions import questions_for  # noqa: E402
from reminders.messages import due_reminders  # noqa: E402
from reminders.sending import send  # noqa: E402
from teamwork.answers import save_answer  # noqa: E402
from teamwork.tasks import cohort_tasks  # noqa: E402
from teamwork.workbook import warm_up  # noqa: E402

TEAMS, MEMBERS, EVALUATIONS = 20, 10, 200
PAGE_BUDGET, REMINDER_BUDGET = 1.0, 10.0


def grow(cohort):
    """The cohort at full size: teams, members, answers with history, evaluations."""
    User = get_user_model()
    tasks = [t for part in cohort_tasks(cohort.page()) for t in part.tasks]
    for number in range(TEAMS):
        team = cohort.teams.create(municipality=f"Benchkommune {number}")
        for member in range(MEMBERS):
            user = User.objects.create(
                username=f"bench-{number}-{member}", email=f"bench-{number}-{member}@example.org"
            )
            cohort.memberships.create(team=team, user=user)
        for task in tasks:
            for version in range(3):
                save_answer(team, task.translation_key, f"Svar {version} " * 80, version, user)
    questions = questions_for(cohort, "nb")
    EvaluationResponse.objects.bulk_create(
        EvaluationResponse(
            id=uuid.uuid4(),
            cohort=cohort,
            session=session.uid,
            submitted_on=session.end.date(),
            language="nb",
            answers={q.key: (i % 5 + 1 if q.kind == "scale" else "Tekst " * 20) for q in questions},
        )
        for session in sessions_of(cohort)
        for i in range(EVALUATIONS)
    )


def timed(call):
    start = time.perf_counter()
    result = call()
    return result, time.perf_counter() - start


class Rollback(Exception):
    pass


def measure(cohort):
    facilitator = Client(HTTP_HOST="127.0.0.1")
    facilitator.force_login(get_user_model().objects.get(username="fasilitator-absolutt"))
    member = Client(HTTP_HOST="127.0.0.1")
    member.force_login(get_user_model().objects.get(username="deltaker-absolutt"))
    task = cohort_tasks(cohort.page())[1].tasks[-1]
    team = cohort.teams.get(municipality="Benchkommune 0")
    base = f"/nb/kull/{cohort.pk}/"
    pages = {
        "cohort page (member)": (member, cohort.page().url),
        "overview with progress (facilitator)": (facilitator, base),
        "task answer (member)": (member, f"{base}oppgaver/{task.translation_key}/"),
        "task answers (facilitator)": (facilitator, f"{base}oppgaver/{task.translation_key}/"),
        "workbook .docx": (facilitator, f"{base}arbeidsbok/{team.pk}.docx"),
        "workbook PDF": (facilitator, f"{base}arbeidsbok/{team.pk}.pdf"),
        "evaluation results": (facilitator, f"{base}evalueringer/"),
        "evaluation .xlsx": (facilitator, f"{base}evalueringer.xlsx"),
    }
    _pdf, cold = timed(warm_up)
    print(f"WeasyPrint's first page in this process: {cold:.2f} s (at server start)")
    times = {}
    for name, (client, url) in pages.items():
        response, times[name] = timed(lambda c=client, u=url: c.get(u))
        assert response.status_code == 200, (name, response.status_code)
    upcoming = sessions_of(cohort)[2].start.astimezone(timezone.get_current_timezone())
    day = upcoming.date() - timezone.timedelta(days=7)
    (sent, _failed), times["reminders"] = timed(lambda: send(due_reminders(day)))
    return times, len(sent)


def main():
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        try:
            with transaction.atomic():
                cohort = Cohort.objects.get(title="ABSOLUTT Innlandet 2026")
                grow(cohort)
                results = measure(cohort)
                raise Rollback
        except Rollback:
            pass
    times, sent = results
    over = []
    for name, seconds in times.items():
        budget = REMINDER_BUDGET if name == "reminders" else PAGE_BUDGET
        print(f"{name}: {seconds:.2f} s (budget {budget} s)")
        if seconds > budget:
            over.append(name)
    print(f"{sent} reminders sent for {TEAMS * MEMBERS} bench participants and the demo's")
    sys.exit(1 if over or sent < TEAMS * MEMBERS else 0)


if __name__ == "__main__":
    main()
