"""Accounts belong to their person, not to a cohort.

A facilitator enrols people by email; where the address already has an account, the
person keeps it and is told at that address. A facilitator may mend the name or address
of an account only while it is the cohort's own: made by this cohort's enrolment, with
no password set and never used, and nowhere else (no other cohort, no facilitation, no
staff rights or other groups). Anything else would let one cohort's facilitator point
another person's account, or a colleague's, at an address of their choosing.
"""

from editorial.roles import PARTICIPANT


def needed_beyond(user, membership=None):
    """Is the account needed for more than `membership` (for anything, without one):
    staff rights, facilitating, another cohort, or a group other than participants'?
    The retention purge keeps such accounts; facilitators may not change them."""
    others = user.memberships.exclude(pk=membership.pk) if membership else user.memberships
    return (
        user.is_staff
        or user.is_superuser
        or user.facilitated_cohorts.exists()
        or others.exists()
        or user.groups.exclude(name=PARTICIPANT)
        .exclude(name__startswith=f"{PARTICIPANT}:")
        .exists()
    )


def cohort_owns_account(membership):
    """May the cohort's facilitators change this member's name and email address?"""
    user = membership.user
    return (
        membership.created_account
        and not user.has_usable_password()
        and user.last_login is None
        and not needed_beyond(user, membership)
    )
