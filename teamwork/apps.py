from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TeamworkConfig(AppConfig):
    """What teams do between sessions: shared answers with their history, personal
    notes, the team's workbook and its progress. People's words: seen by the team and
    the cohort's facilitators, by the whole cohort only when the team shares them."""

    name = "teamwork"
    verbose_name = _("Team work between sessions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete

        from cohorts.personal_data import personal_data_requested

        from .files import delete_stored
        from .models import AnswerFile
        from .signal_handlers import personal_data

        personal_data_requested.connect(personal_data, dispatch_uid="teamwork-personal-data")
        post_delete.connect(delete_stored, sender=AnswerFile, dispatch_uid="teamwork-files")
