"""The answer to a login attempt while django-axes has the username locked out."""

import math

from django.conf import settings
from django.shortcuts import render


def locked_out(request, original_response, credentials):
    """429 with our page: in the visitor's language, saying how long to wait."""
    minutes = math.ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60)
    context = {"cooloff_minutes": minutes}
    return render(request, "account/locked_out.html", context, status=429)
