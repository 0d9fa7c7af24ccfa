"""The cohorts' addresses, under /nb/ and /da/ (the screens speak that language)."""

from django.urls import path

from . import invitations, personal_data, registration, views

app_name = "cohorts"
urlpatterns = [
    path("kull/", views.my_cohorts, name="mine"),
    path("kull/<int:pk>/", views.overview, name="overview"),
    path("kull/<int:pk>/lag/", views.add_team, name="add_team"),
    path("kull/<int:pk>/deltakere/ny/", views.add_participant, name="add_participant"),
    path("kull/<int:pk>/deltakere/import/", views.import_participants, name="import"),
    path("kull/<int:pk>/deltakere/<int:member>/", views.edit_participant, name="edit"),
    path("kull/<int:pk>/deltakere/<int:member>/fjern/", views.remove_participant, name="remove"),
    path("kull/<int:pk>/lag/<int:team>/fjern/", views.remove_team, name="remove_team"),
    path(
        "kull/<int:pk>/deltakere/<int:member>/invitasjon/",
        views.resend_invitation,
        name="resend",
    ),
    path("kull/<int:pk>/oppmote/<uuid:session>/", views.record_attendance, name="attendance"),
    path("kull/<int:pk>/oppmote.xlsx", views.export_attendance, name="attendance_export"),
    path("kull/<int:pk>/pamelding/", views.registration_window, name="registration_window"),
    path(
        "kull/<int:pk>/pameldinger/<int:registration>/",
        views.decide_registration,
        name="decide",
    ),
    path("pamelding/<int:pk>/", registration.register, name="register"),
    path(
        "invitasjon/<int:cohort>/<uidb64>/<token>/",
        invitations.AcceptInvitationView.as_view(),
        name="accept_invitation",
    ),
    path("mine-data/", personal_data.page, name="my_data"),
    path("mine-data.json", personal_data.download, name="my_data_json"),
]
