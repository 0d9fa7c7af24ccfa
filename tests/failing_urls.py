"""A URLconf whose views fail, to exercise the 400 and 500 pages."""

from django.core.exceptions import SuspiciousOperation
from django.urls import path


def broken_view(request):
    raise RuntimeError("deliberate failure for the 500 page test")


def suspicious_view(request):
    raise SuspiciousOperation("deliberate bad request for the 400 page test")


urlpatterns = [path("boom/", broken_view), path("suspicious/", suspicious_view)]
