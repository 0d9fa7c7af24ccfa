"""A cohort's messages and moved sessions, under /nb/ and /da/."""

from django.urls import path

from base.addresses import route

from . import views

app_name = "notices"
urlpatterns = [
    path(route("{cohort}/<int:pk>/{messages}/ny/"), views.write, name="write"),
    path(
        route("{cohort}/<int:pk>/{messages}/<int:notice>/send/"),
        views.send_again,
        name="send_again",
    ),
    path(route("{cohort}/<int:pk>/{sessions}/<uuid:session>/{move}/"), views.move, name="move"),
]
