"""Who may see and manage a cohort.

The cohort page is private through Wagtail's page privacy: a view restriction admits
the cohort's group. Members and facilitators are kept in that group by the signal
receivers (signal_handlers), so a removed participant loses access on their next
request. Managing a cohort (teams, enrolment, attendance) is for its facilitators and
administrators only.
"""

from django.contrib.auth.models import Group
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404

from wagtail.models import PageViewRestriction

from editorial.roles import PARTICIPANT

from .models import Cohort


def cohort_for_page(page):
    """The cohort of a cohort page (any translation), created with its group and the
    pages' restriction to that group the first time it is needed."""
    cohort = Cohort.objects.filter(page_key=page.translation_key).first()
    if cohort is not None:
        return cohort
    with transaction.atomic():
        group = own_group(f"{PARTICIPANT}: {page.title}"[:140])
        cohort, _ = Cohort.objects.get_or_create(
            page_key=page.translation_key, defaults={"title": page.title, "group": group}
        )
        for version in cohort.pages():
            restrict(version, cohort.group)
    return cohort


def restrict(page, group):
    """Only `group` (with whoever else a restriction already admits) sees `page`."""
    restriction, _ = PageViewRestriction.objects.get_or_create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(group)


def own_group(name):
    """A group no other cohort has: one made for this cohort before it existed (by the
    demo), or a new one, numbered if a cohort of the same title has the name."""
    group = Group.objects.filter(name=name, cohort__isnull=True).first()
    if group is not None:
        return group
    taken = set(Group.objects.filter(name__startswith=name).values_list("name", flat=True))
    number = 1
    while (candidate := name if number == 1 else f"{name} ({number})") in taken:
        number += 1
    return Group.objects.create(name=candidate)


def may_manage(user, cohort):
    return user.is_active and (user.is_superuser or cohort.facilitators.filter(pk=user.pk).exists())


def memo(request, key, read):
    """`read()` once per request: a cohort page asks who the visitor is in several places."""
    found = request.__dict__.setdefault("_cohort_memo", {})
    if key not in found:
        found[key] = read()
    return found[key]


def cohort_on_page(request, page):
    key = ("cohort", page.translation_key)
    return memo(request, key, lambda: Cohort.objects.filter(page_key=page.translation_key).first())


def own_membership(request, cohort):
    """The visitor's membership of `cohort` (with its team), or None."""
    if not request.user.is_authenticated:
        return None
    members = cohort.memberships.filter(user=request.user).select_related("team")
    return memo(request, ("member", cohort.pk), members.first)


def manages(request, cohort):
    return memo(request, ("manages", cohort.pk), lambda: may_manage(request.user, cohort))


def looking_at(request, page=None, cohort=None):
    """(cohort, manages it?, own membership) for the visitor of a cohort's page (or of
    `cohort`), or None unless they facilitate it or are in it."""
    if not request.user.is_authenticated:
        return None
    cohort = cohort or cohort_on_page(request, page)
    if cohort is None:
        return None
    manager, own = manages(request, cohort), own_membership(request, cohort)
    return (cohort, manager, own) if manager or own else None


def live_cohort(pk):
    """The cohort `pk` while its page exists, or 404."""
    return get_object_or_404(Cohort, pk=pk, page_deleted_at__isnull=True)


def managed_cohort(request, pk):
    """The cohort `pk` if the user may manage it; 404 for cohorts not theirs, so that
    nobody learns which cohorts exist."""
    cohort = get_object_or_404(Cohort, pk=pk)
    if not may_manage(request.user, cohort) or cohort.page() is None:
        raise Http404
    return cohort


def participant_group():
    return Group.objects.get_or_create(name=PARTICIPANT)[0]
