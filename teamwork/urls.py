"""Team work's addresses, under /nb/ and /da/ next to the cohorts' own."""

from django.urls import path

from base.addresses import route

from . import views

app_name = "teamwork"
urlpatterns = [
    path(route("{cohort}/<int:pk>/{tasks}/<uuid:task>/"), views.task_answer, name="task"),
    path(route("{cohort}/<int:pk>/{tasks}/<uuid:task>/{draft}/"), views.keep_draft, name="draft"),
    path(
        route("{cohort}/<int:pk>/{tasks}/<uuid:task>/{draft}/{discard}/"),
        views.discard_draft,
        name="discard_draft",
    ),
    path(route("{cohort}/<int:pk>/{tasks}/<uuid:task>/{done}/"), views.mark_done, name="mark_done"),
    path(
        route("{cohort}/<int:pk>/{tasks}/<uuid:task>/filer/<int:file>/"),
        views.answer_file,
        name="file",
    ),
    path(
        route("{cohort}/<int:pk>/svar/<int:answer>/resultat/"), views.propose_result, name="propose"
    ),
    path(
        route("{cohort}/<int:pk>/{workbook}/<int:team>.<str:kind>"),
        views.team_workbook,
        name="workbook",
    ),
]
