"""Certificates of participation, under /nb/ and /da/."""

from django.urls import path

from . import views

app_name = "certificates"
urlpatterns = [
    path("kull/<int:pk>/bevis.pdf", views.own, name="own"),
    path("kull/<int:pk>/bevis.zip", views.all_of_cohort, name="all"),
    path("kull/<int:pk>/bevis/<str:code>/trekk-tilbake/", views.withdraw, name="withdraw"),
    path("bevis/<str:code>/", views.verify, name="verify"),
]
