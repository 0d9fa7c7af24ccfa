"""Demo evaluations: answers to the held sessions of ABSOLUTT and the KL cluster, from
most of their participants (the demo accounts leave theirs open). Idempotent."""

import random

from cohorts.attendance import sessions_of
from cohorts.models import Cohort
from evaluations.models import EvaluationReceipt, EvaluationResponse
from evaluations.questions import questions_for
from programme.cohort_page.page import CohortPage

COHORTS = {"absolutt-innlandet-2026": "nb", "klynge-midtjylland": "da"}
DEMO_ACCOUNTS = {"deltaker-absolutt", "deltager-kl"}
TEXTS = {
    "nb": ["Eget arbeid med egne data.", "Mer tid i egen gruppe.", "Gode samtaler på tvers."],
    "da": ["Arbejdet med egne data.", "Mere tid i egen gruppe.", "Gode samtaler på tværs."],
}


def ensure_evaluations(now):
    chance = random.Random(20261130)  # noqa: S311 (demo answers, the same on every machine)
    for slug, language in COHORTS.items():
        page = CohortPage.objects.filter(slug=slug).order_by("pk").first()
        cohort = Cohort.objects.get(page_key=page.translation_key)
        questions = questions_for(cohort, language)
        members = cohort.memberships.exclude(user__username__in=DEMO_ACCOUNTS)
        for session in sessions_of(cohort):
            if session.end > now or cohort.evaluations.filter(session=session.uid).exists():
                continue
            for member in members:
                EvaluationReceipt.objects.create(membership=member, session=session.uid)
                answers = {}
                for question in questions:
                    if question.kind == "scale":
                        answers[question.key] = chance.choice([3, 4, 4, 5, 5])
                    elif chance.random() < 0.5:
                        answers[question.key] = chance.choice(TEXTS[language])
                EvaluationResponse.objects.create(
                    cohort=cohort,
                    session=session.uid,
                    submitted_on=session.end.date(),
                    language=language,
                    answers=answers,
                )
