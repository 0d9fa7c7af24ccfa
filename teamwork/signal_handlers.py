"""What teamwork keeps about a person, for their download (cohorts.personal_data)."""

from programme.cohort_page.checklist import task_titles

from .models import AnswerChange, AnswerDraft, AnswerFile


def personal_data(sender, user, memberships, **kwargs):
    """The team answers the person wrote (each version they saved), the files they added,
    their drafts and their own notes; tasks by title in the person's language."""
    changes = list(
        AnswerChange.objects.filter(author=user).select_related("answer__team").order_by("saved_at")
    )
    files = list(AnswerFile.objects.filter(uploaded_by=user).select_related("answer__team"))
    drafts = list(AnswerDraft.objects.filter(membership__in=memberships))
    notes = [(m, n) for m in memberships for n in m.notes.all()]
    keys = {c.answer.task_key for c in changes} | {f.answer.task_key for f in files}
    keys |= {d.task_key for d in drafts} | {n.task_key for _m, n in notes}
    titles = task_titles(keys)

    def task(key):
        return {"task": titles.get(key, "–"), "task_id": str(key)}

    return {
        "team_answers_written": [
            {
                "team": c.answer.team.municipality,
                **task(c.answer.task_key),
                "version": c.version,
                "saved": c.saved_at.isoformat(),
                "text": c.text,
            }
            for c in changes
        ],
        "files_added": [
            {
                "team": f.answer.team.municipality,
                **task(f.answer.task_key),
                "file": f.name,
                "uploaded": f.uploaded_at.isoformat(),
            }
            for f in files
        ],
        "drafts": [
            {**task(d.task_key), "updated": d.updated_at.isoformat(), "text": d.text}
            for d in drafts
        ],
        "personal_notes": [
            {"cohort": m.cohort.title, **task(n.task_key), "text": n.text} for m, n in notes
        ],
    }
