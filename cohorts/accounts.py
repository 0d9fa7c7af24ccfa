"""Accounts belong to their person, not to a cohort.

A facilitator enrols people by email; where the address already has an account, the
person keeps it and is told at that address. A facilitator may mend the name or address
of an account only while it is the cohort's own: made by this cohort's enrolment, with
no password set and never used, and nowhere else (no other cohort, no facilitation, no
staff rights or other groups). Anything else would let one cohort's facilitator point
another person's account, or a colleague's, at an address of their choosing.
"""

from editorial.roles import PARTICIPANT


def other_groups(user):
    return user.groups.exclude(name=PARTICIPANT).exclude(name__startswith=f"{PARTICIPANT}:")


def cohort_owns_account(membership):
    """May the cohort's facilitators change this member's name and email address?"""
    user = membership.user
    return (
        membership.created_account
        and not user.has_usable_password()
        and user.last_login is None
        and not (user.is_staff or user.is_superuser)
        and not user.memberships.exclude(pk=membership.pk).exists()
        and not user.facilitated_cohorts.exists()
        and not other_groups(user).exists()
    )
