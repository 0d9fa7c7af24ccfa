"""A programme's evaluation questions, when an evaluation is open, and who may answer."""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings

from cohorts.models import Attendance

from .models import EvaluationReceipt


@dataclass
class Question:
    key: str  # the block id, the same in every translation
    kind: str  # "scale" or "text"
    text: str
    low: str = ""
    high: str = ""


def questions_for(cohort, language):
    """The questions of the cohort's programme, in `language` where translated."""
    programme = cohort.page_in(language).get_parent().specific
    if not programme.evaluation:
        programme = cohort.page().get_parent().specific
    return [
        Question(
            block.id,
            block.block_type,
            block.value["question"],
            block.value.get("low", ""),
            block.value.get("high", ""),
        )
        for block in programme.evaluation
    ]


def opens(session):
    """In the session's last hour, so it can be answered before leaving the room."""
    return session.end - timedelta(hours=1)


def closes(session):
    return session.end + timedelta(days=settings.EVALUATION_OPEN_DAYS)


def is_open(session, now):
    return opens(session) <= now <= closes(session)


def has_answered(membership, session):
    return EvaluationReceipt.objects.filter(membership=membership, session=session.uid).exists()


def was_there(membership, session):
    """Only those present evaluate; a member not recorded yet may."""
    recorded = Attendance.objects.filter(membership=membership, session=session.uid).first()
    return recorded is None or recorded.state == Attendance.PRESENT


def may_answer(membership, session):
    """A member may answer once, if they were there."""
    return not has_answered(membership, session) and was_there(membership, session)
