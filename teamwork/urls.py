"""Team work's addresses, under /nb/ and /da/ next to the cohorts' own."""

from django.urls import path

from . import views

app_name = "teamwork"
urlpatterns = [
    path("kull/<int:pk>/oppgaver/<uuid:task>/", views.task_answer, name="task"),
    path("kull/<int:pk>/oppgaver/<uuid:task>/utkast/", views.keep_draft, name="draft"),
    path(
        "kull/<int:pk>/oppgaver/<uuid:task>/utkast/forkast/",
        views.discard_draft,
        name="discard_draft",
    ),
    path("kull/<int:pk>/oppgaver/<uuid:task>/gjort/", views.mark_done, name="mark_done"),
    path(
        "kull/<int:pk>/oppgaver/<uuid:task>/filer/<int:file>/",
        views.answer_file,
        name="file",
    ),
    path("kull/<int:pk>/svar/<int:answer>/resultat/", views.propose_result, name="propose"),
    path(
        "kull/<int:pk>/arbeidsbok/<int:team>.<str:kind>",
        views.team_workbook,
        name="workbook",
    ),
]
