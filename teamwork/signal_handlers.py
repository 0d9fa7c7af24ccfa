"""What teamwork keeps about a person, for their download (cohorts.personal_data)."""

from .models import AnswerChange


def personal_data(sender, user, memberships, **kwargs):
    """The team answers the person wrote (each version they saved) and their own notes."""
    changes = AnswerChange.objects.filter(author=user).select_related("answer__team")
    return {
        "team_answers_written": [
            {
                "team": c.answer.team.municipality,
                "task": str(c.answer.task_key),
                "version": c.version,
                "saved": c.saved_at.isoformat(),
                "text": c.text,
            }
            for c in changes.order_by("saved_at")
        ],
        "personal_notes": [
            {"cohort": m.cohort.title, "task": str(n.task_key), "text": n.text}
            for m in memberships
            for n in m.notes.all()
        ],
    }
