"""Login records and sessions of people whose accounts are deleted.

django-axes keeps each login and failed attempt with the username typed (for
participants, their email address), the IP address and the browser; Django keeps a
session row until it expires. Deleting an account touches neither, so the retention
purge asks this module to forget them too.
"""

from functools import reduce
from operator import or_

from axes.models import AccessAttempt, AccessFailureLog, AccessLog

from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session
from django.db.models import Q
from django.utils import timezone


def forget_logins(users):
    """Delete the login records and sessions of `users` (before or after their accounts
    go: only their usernames, addresses and keys are read). The number of rows deleted."""
    names = {name for user in users for name in (user.username, user.email) if name}
    deleted = 0
    if names:
        typed = reduce(or_, (Q(username__iexact=name) for name in names))
        for model in (AccessAttempt, AccessFailureLog, AccessLog):
            deleted += model.objects.filter(typed).delete()[0]
    keys = {str(user.pk) for user in users}
    Session.objects.filter(expire_date__lt=timezone.now()).delete()
    theirs = [
        session.pk
        for session in Session.objects.iterator()
        if session.get_decoded().get(SESSION_KEY) in keys
    ]
    return deleted + Session.objects.filter(pk__in=theirs).delete()[0]
