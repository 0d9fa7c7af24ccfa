"""Dashboard panel "Next sessions": the coming gatherings across all cohorts, added to
the editors' dashboard by this app (wagtail_hooks), which knows the cohorts."""

from django.utils import timezone, translation

from wagtail.admin.ui.components import Component

from programme.cohort_page.page import CohortSession

LIMIT = 8


def upcoming_sessions(language, limit=LIMIT):
    """Each session once (a translated cohort carries copies), in the editor's language
    where the cohort has been translated."""
    sessions = (
        CohortSession.objects.filter(end__gte=timezone.now())
        .select_related("page__locale", "module")
        .order_by("start")[: limit * 3]
    )
    chosen = {}
    for session in sessions:
        kept = chosen.get(session.uid)
        if kept is None or session.page.locale.language_code == language:
            chosen[session.uid] = session
    return sorted(chosen.values(), key=lambda session: session.start)[:limit]


class UpcomingSessionsPanel(Component):
    name = "upcoming_sessions"
    order = 150  # after Wagtail's "awaiting your review" panel
    template_name = "cohorts/upcoming_sessions_panel.html"

    def get_context_data(self, parent_context):
        return {"sessions": upcoming_sessions(translation.get_language())}
