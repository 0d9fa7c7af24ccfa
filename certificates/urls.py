"""Certificates of participation, under /nb/ and /da/."""

from django.urls import path

from base.addresses import route

from . import views

app_name = "certificates"
urlpatterns = [
    path(route("{cohort}/<int:pk>/bevis.pdf"), views.own, name="own"),
    path(route("{cohort}/<int:pk>/bevis.zip"), views.all_of_cohort, name="all"),
    path(route("{cohort}/<int:pk>/bevis/<str:code>/{withdraw}/"), views.withdraw, name="withdraw"),
    path("bevis/<str:code>/", views.verify, name="verify"),
]
