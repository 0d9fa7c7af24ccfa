"""Limits on what anonymous visitors may have sent per address and per client, such as
password resets and team registrations, within a window.

The counts are kept where the login counters are (django-axes, in the database), so
every app server sees them and Redis going down neither lifts nor resets a limit. Each
use is written first and counted after, so even many requests at once get no more than
the limit between them. The rows carry a keyed digest, not the address or the client's
IP address; `forget_old` deletes them once no window needs them.
"""

from dataclasses import dataclass
from datetime import timedelta

from axes.helpers import get_client_ip_address

from django.db.models import Count
from django.utils import timezone
from django.utils.crypto import salted_hmac

from .models import Attempt

KEPT = timedelta(days=1)  # the longest window


@dataclass(frozen=True)
class Limit:
    scope: str
    per_address: int
    per_client: int
    window: timedelta


def digest(limit, kind, value):
    return salted_hmac(f"samling.rate_limits.{limit.scope}.{kind}", value).hexdigest()[:64]


def allow(limit, request, address):
    """Count this use by `address` from the request's client; False if either had
    reached its limit within the window (the use counts all the same)."""
    keys = {
        digest(limit, "address", address.strip().lower()): limit.per_address,
        digest(limit, "client", get_client_ip_address(request) or "?"): limit.per_client,
    }
    Attempt.objects.bulk_create([Attempt(scope=limit.scope, key=key) for key in keys])
    counts = dict(
        Attempt.objects.filter(
            scope=limit.scope, key__in=keys, at__gt=timezone.now() - limit.window
        )
        .values_list("key")
        .annotate(n=Count("pk"))
    )
    return all(counts.get(key, 0) <= most for key, most in keys.items())


def forget_old(now=None):
    """Delete counts no window needs any more (run daily with the retention purge)."""
    return Attempt.objects.filter(at__lt=(now or timezone.now()) - KEPT).delete()[0]
