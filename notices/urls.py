"""A cohort's messages and moved sessions, under /nb/ and /da/."""

from django.urls import path

from . import views

app_name = "notices"
urlpatterns = [
    path("kull/<int:pk>/meldinger/ny/", views.write, name="write"),
    path("kull/<int:pk>/meldinger/<int:notice>/send/", views.send_again, name="send_again"),
    path("kull/<int:pk>/samlinger/<uuid:session>/flytt/", views.move, name="move"),
]
