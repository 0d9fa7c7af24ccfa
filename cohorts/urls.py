"""The cohorts' addresses, under /nb/ and /da/ (the screens speak that language)."""

from django.urls import path

from base.addresses import route

from . import invitations, personal_data, registration, views

app_name = "cohorts"
urlpatterns = [
    path(route("{cohort}/"), views.my_cohorts, name="mine"),
    path(route("{cohort}/<int:pk>/"), views.overview, name="overview"),
    path(route("{cohort}/<int:pk>/{team}/"), views.add_team, name="add_team"),
    path(
        route("{cohort}/<int:pk>/{participants}/ny/"), views.add_participant, name="add_participant"
    ),
    path(
        route("{cohort}/<int:pk>/{participants}/import/"), views.import_participants, name="import"
    ),
    path(
        route("{cohort}/<int:pk>/{participants}/<int:member>/"), views.edit_participant, name="edit"
    ),
    path(
        route("{cohort}/<int:pk>/{participants}/<int:member>/fjern/"),
        views.remove_participant,
        name="remove",
    ),
    path(
        route("{cohort}/<int:pk>/{team}/<int:team>/fjern/"), views.remove_team, name="remove_team"
    ),
    path(
        route("{cohort}/<int:pk>/{participants}/<int:member>/{invitation}/"),
        views.resend_invitation,
        name="resend",
    ),
    path(
        route("{cohort}/<int:pk>/{attendance}/<uuid:session>/"),
        views.record_attendance,
        name="attendance",
    ),
    path(
        route("{cohort}/<int:pk>/{attendance}.xlsx"),
        views.export_attendance,
        name="attendance_export",
    ),
    path(
        route("{cohort}/<int:pk>/{registration}/"),
        views.registration_window,
        name="registration_window",
    ),
    path(
        route("{cohort}/<int:pk>/{registrations}/<int:registration>/"),
        views.decide_registration,
        name="decide",
    ),
    path(route("{registration}/<int:pk>/"), registration.register, name="register"),
    path(
        route("{invitation}/<int:cohort>/<uidb64>/<token>/"),
        invitations.AcceptInvitationView.as_view(),
        name="accept_invitation",
    ),
    path("mine-data/", personal_data.page, name="my_data"),
    path("mine-data.json", personal_data.download, name="my_data_json"),
]
