from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo site: three programmes in both languages, their cohorts, teams, answers
    and evaluations, and the accounts to try them with (`manage.py load_demo`). It sits
    on top of every other app and none of them imports it. It has no models, so no
    name of its own in the admin."""

    name = "demo"
