"""Who may see and manage a cohort.

The cohort page is private through Wagtail's page privacy: a view restriction admits
the cohort's group. Members and facilitators are kept in that group by the signals
below, so a removed participant loses access on their next request. Managing a cohort
(teams, enrolment, attendance) is for its facilitators and administrators only.
"""

from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone

from wagtail.models import PageViewRestriction

from editorial.roles import PARTICIPANT

from .models import Cohort, Membership


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


@receiver(post_save, sender=Membership)
def admit_member(sender, instance, created, **kwargs):
    if created:
        instance.user.groups.add(instance.cohort.group, participant_group())


@receiver(post_delete, sender=Membership)
def end_access(sender, instance, **kwargs):
    """Removing a participant ends their access at once (unless they facilitate it)."""
    cohort = instance.cohort
    if not cohort.facilitators.filter(pk=instance.user_id).exists():
        instance.user.groups.remove(cohort.group)


@receiver(m2m_changed, sender=Cohort.facilitators.through)
def admit_facilitators(sender, instance, action, pk_set, **kwargs):
    """Facilitators see their cohort's page; dropped ones lose it (unless members)."""
    if not isinstance(instance, Cohort) or not pk_set:
        return
    if action == "post_add":
        instance.group.user_set.add(*pk_set)
    elif action == "post_remove":
        members = set(instance.memberships.values_list("user_id", flat=True))
        instance.group.user_set.remove(*(pk_set - members))


def page_gone(sender, instance, **kwargs):
    """A deleted cohort page (its last translation): its people are kept until the
    retention period has passed from now (cohorts.personal_data), never shown again."""
    still_there = sender.objects.filter(translation_key=instance.translation_key).exists()
    if not still_there:
        Cohort.objects.filter(page_key=instance.translation_key).update(
            page_deleted_at=timezone.now(), registration_until=None
        )


def connect_page_deletion():
    from programme.cohorts import CohortPage

    post_delete.connect(page_gone, sender=CohortPage, dispatch_uid="cohorts-page-gone")
