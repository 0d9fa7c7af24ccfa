"""What the notices app keeps about people: deleted with the cohort at retention, and in
their download (the messages they wrote)."""

from .models import Notice


def forget_cohort(sender, cohort, **kwargs):
    Notice.objects.filter(cohort=cohort).delete()


def personal_data(sender, user, memberships, **kwargs):
    written = Notice.objects.filter(author=user, kind=Notice.MESSAGE).select_related("cohort")
    return {
        "messages_written": [
            {
                "cohort": notice.cohort.title,
                "sent": notice.created_at.isoformat(),
                "subject": notice.subject,
                "text": notice.body,
            }
            for notice in written
        ]
    }
