"""Enrolling people in a cohort's teams: checking each person, then saving them all.

Used by the facilitator's form, the spreadsheet import (screen and `manage.py
import_participants`) and approved registrations. A person who already has an account
(same email, in any case) keeps it; new people get an account without a password and
an invitation to set one.
"""

import difflib
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models.functions import Lower
from django.utils.translation import gettext as _

from programme.snippets import AudienceRole

from .access import participant_group
from .models import Membership, Team

NAME_MAX = 150


@dataclass
class Person:
    line: int  # the row in the file, or 1 for a form
    name: str
    email: str
    municipality: str
    role_text: str
    role: AudienceRole | None = None
    team: Team | None = None
    problems: list = field(default_factory=list)
    suggestions: dict = field(default_factory=dict)  # column -> the value it probably meant


def normalise(text):
    return " ".join(text.split()).casefold()


def role_lookup():
    """Every role by its name in any language and by its slug."""
    lookup = {}
    for role in AudienceRole.objects.order_by("pk"):
        lookup.setdefault(normalise(role.name), role)
        lookup.setdefault(normalise(role.slug), role)
    return lookup


def person_row(name, email, municipality, role):
    """A row as `check_people` reads it, from a form instead of a file."""
    return {
        "name": name,
        "email": email,
        "municipality": municipality,
        "role": role.name if role else "",
    }


def check_people(cohort, rows, new_teams=()):
    """[Person] for [(line, {name, email, municipality, role})], each with its problems.
    `new_teams` are municipalities accepted without a team yet (a registration's)."""
    teams = {normalise(t.municipality): t for t in cohort.teams.all()}
    roles = role_lookup()
    enrolled = set(
        cohort.memberships.annotate(address=Lower("user__email")).values_list("address", flat=True)
    )
    seen = {}
    people = []
    for line, values in rows:
        person = Person(
            line, *(values.get(k, "") for k in ("name", "email", "municipality", "role"))
        )
        person.email = person.email.strip().lower()
        check_name(person)
        check_email(person, seen, enrolled)
        check_team(person, teams, {normalise(n) for n in new_teams})
        check_role(person, roles)
        people.append(person)
    return people


def single_line(text):
    return "\n" not in text and "\r" not in text and all(c.isprintable() for c in text)


def check_name(person):
    if not person.name.strip():
        person.problems.append(_("The name is missing."))
    elif not single_line(person.name):
        person.problems.append(_("The name must be on one line."))
    elif len(person.name) > NAME_MAX:
        person.problems.append(_("The name is longer than %(max)d characters.") % {"max": NAME_MAX})
    person.name = " ".join(person.name.split())


def check_email(person, seen, enrolled):
    try:
        validate_email(person.email)
    except ValidationError:
        person.problems.append(
            _("“%(email)s” is not a valid email address.") % {"email": person.email[:80]}
            if person.email
            else _("The email address is missing.")
        )
        return
    if person.email in seen:
        person.problems.append(
            _("The same email address as on row %(line)d.") % {"line": seen[person.email]}
        )
    elif person.email in enrolled:
        person.problems.append(_("Already enrolled in this cohort."))
    seen.setdefault(person.email, person.line)


def suggestion(text, choices):
    close = difflib.get_close_matches(normalise(text), choices, n=1, cutoff=0.75)
    return close[0] if close else None


def check_team(person, teams, new_teams):
    key = normalise(person.municipality)
    if key in teams:
        person.team = teams[key]
    elif key and key in new_teams:
        person.municipality = " ".join(person.municipality.split())
    elif not key:
        person.problems.append(_("The municipality is missing."))
    else:
        names = {normalise(t.municipality): t.municipality for t in teams.values()}
        close = suggestion(person.municipality, list(names))
        message = _("“%(name)s” is not a team in this cohort.") % {"name": person.municipality[:80]}
        if close:
            message += " " + _("Did you mean %(name)s?") % {"name": names[close]}
            person.suggestions["municipality"] = names[close]
        else:
            message += " " + _("Add the municipality as a team first.")
        person.problems.append(message)


def check_role(person, roles):
    key = normalise(person.role_text)
    if key in roles:
        person.role = roles[key]
        return
    if not key:
        person.problems.append(_("The role is missing."))
        return
    close = suggestion(person.role_text, list(roles))
    message = _("“%(role)s” is not a known role.") % {"role": person.role_text[:80]}
    if close:
        message += " " + _("Did you mean %(role)s?") % {"role": roles[close].name}
        person.suggestions["role"] = roles[close].name
    person.problems.append(message)


def accept_suggestion(cohort, rows, line, column):
    """The rows with the suggestion for `column` on row `line` taken, in that row and in
    every row that wrote the same thing; the suggestion is worked out again here, so a
    request can only accept what the check itself offers."""
    people = {p.line: p for p in check_people(cohort, rows)}
    person = people.get(line)
    if person is None or column not in person.suggestions:
        return rows
    wrong = normalise(dict(rows)[line].get(column, ""))
    right = {column: person.suggestions[column]}
    return [
        (number, {**values, **right} if normalise(values.get(column, "")) == wrong else values)
        for number, values in rows
    ]


def split_name(name):
    first, _space, last = name.rpartition(" ")
    return (first, last) if first else (name, "")


def accounts_for(people):
    """({email: user}, {new emails}): existing accounts kept as they are, new ones
    created without a password."""
    User = get_user_model()
    emails = {p.email for p in people}
    users = {
        u.address: u
        for u in User.objects.annotate(address=Lower("email")).filter(address__in=emails)
    }
    taken = set(User.objects.filter(username__in=emails).values_list("username", flat=True))
    new = []
    for person in people:
        if person.email in users:
            continue
        first, last = split_name(person.name)
        user = User(email=person.email, first_name=first[:150], last_name=last[:150])
        user.username = person.email if person.email not in taken else f"{person.email}.{len(new)}"
        user.set_unusable_password()
        users[person.email] = user
        new.append(user)
    User.objects.bulk_create(new)  # SQLite and PostgreSQL return the new keys
    return users, {user.email for user in new}


def split_valid(people):
    """(people without problems, people with problems)"""
    return [p for p in people if not p.problems], [p for p in people if p.problems]


@transaction.atomic
def enrol(cohort, people, contact_email=None):
    """Save checked people (none with problems) as members; their memberships. The
    person with `contact_email` becomes their team's contact person."""
    if any(p.problems for p in people):
        raise ValueError("enrol only people without problems")
    for person in people:
        if person.team is None:
            person.team, _created = Team.objects.get_or_create(
                cohort=cohort, municipality=person.municipality
            )
    users, made = accounts_for(people)
    for person in people:
        if person.email == contact_email:  # the new contact person replaces the old
            Membership.objects.filter(team=person.team, is_contact=True).update(is_contact=False)
    memberships = Membership.objects.bulk_create(
        [
            Membership(
                cohort=cohort,
                team=p.team,
                user=users[p.email],
                role=p.role,
                is_contact=p.email == contact_email,
                created_account=p.email in made,
            )
            for p in people
        ]
    )
    user_ids = [users[p.email].pk for p in people]
    cohort.group.user_set.add(*user_ids)
    participant_group().user_set.add(*user_ids)
    return memberships
