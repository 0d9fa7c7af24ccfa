"""The cohorts app's signal receivers, connected in `CohortsConfig.ready()`.

A published cohort page gets its cohort and is private to the cohort's group; members
and facilitators are kept in that group, so a removed participant loses access on their
next request; a deleted cohort page starts its people's retention period.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

from wagtail.signals import page_published

from programme.cohort_page.page import CohortPage

from .access import cohort_for_page, participant_group, restrict
from .models import Cohort, Membership


def connect():
    post_save.connect(admit_member, sender=Membership, dispatch_uid="cohorts-admit-member")
    post_delete.connect(end_access, sender=Membership, dispatch_uid="cohorts-end-access")
    m2m_changed.connect(
        admit_facilitators,
        sender=Cohort.facilitators.through,
        dispatch_uid="cohorts-admit-facilitators",
    )
    post_delete.connect(page_gone, sender=CohortPage, dispatch_uid="cohorts-page-gone")
    page_published.connect(create_cohort, dispatch_uid="cohorts-create-on-publish")


def create_cohort(sender, instance, **kwargs):
    """A published cohort page, in any language, gets its cohort and is private to its
    people (a new translation has no restriction of its own until here; this runs in
    the publish's transaction, so it is never live without it)."""
    if isinstance(instance.specific_deferred, CohortPage):
        cohort = cohort_for_page(instance)
        restrict(instance, cohort.group)
        source = cohort.page()
        if source.pk == instance.pk and cohort.title != instance.title:
            Cohort.objects.filter(pk=cohort.pk).update(title=instance.title)


def admit_member(sender, instance, created, **kwargs):
    if created:
        instance.user.groups.add(instance.cohort.group, participant_group())


def end_access(sender, instance, **kwargs):
    """Removing a participant ends their access at once (unless they facilitate it)."""
    cohort = instance.cohort
    if not cohort.facilitators.filter(pk=instance.user_id).exists():
        instance.user.groups.remove(cohort.group)


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
