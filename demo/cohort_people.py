"""Demo teams: three municipal teams in the ABSOLUTT cohort and three in the KL cluster
(one breaking its programme's rule), a team in Led skole and one in the Nynorsk ABSOLUTT
cohort, three facilitator accounts, and ABSOLUTT open for registration. Invented people
with example.org addresses; the demo accounts' password is the one the README states.
Idempotent."""

import unicodedata
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from cohorts.access import cohort_for_page, participant_group
from cohorts.models import Membership
from programme.cohort_page.page import CohortPage
from programme.snippets import AudienceRole

# cohort slug -> facilitator account (username, first name, last name)
FACILITATORS = {
    "absolutt-innlandet-2026": ("fasilitator-absolutt", "Kari", "Nordli"),
    "klynge-midtjylland": ("facilitator-kl", "Mette", "Kjær"),
    "absolutt-sogn-2026": ("fasilitator-sogn", "Solveig", "Hauge"),
}
OPEN_FOR_REGISTRATION = "absolutt-innlandet-2026"
# cohort slug -> {municipality: [(name or demo username, role slug, contact?)]}
TEAMS = {
    "absolutt-innlandet-2026": {
        "Hamar": [
            ("Ingrid Fjellstad", "kommunedirektor", True),
            ("deltaker-absolutt", "politiker", False),
            ("Tor Sveen", "rektor", False),
            ("Lise Bakken", "styrer", False),
        ],
        "Elverum": [
            ("Per Nordby", "politiker", True),
            ("Anne Moen", "kommunedirektor", False),
            ("Jonas Holm", "oppvekstsjef", False),
        ],
        "Kongsvinger": [  # no elected politician: breaks ABSOLUTT's rule
            ("Siri Lund", "kommunedirektor", True),
            ("Erik Strand", "rektor", False),
            ("Maria Berg", "tillitsvalgt", False),
        ],
    },
    "klynge-midtjylland": {
        "Silkeborg": [
            ("Lone Madsen", "rektor", True),
            ("deltager-kl", "oppvekstsjef", False),
            ("Henrik Dahl", "styrer", False),
            ("Camilla Holm", "mellomleder", False),
        ],
        "Viborg": [
            ("Søren Kristensen", "oppvekstsjef", True),
            ("Pia Larsen", "rektor", False),
            ("Mads Nielsen", "radgiver", False),
            ("Anja Poulsen", "styrer", False),
        ],
        "Skive": [
            ("Jens Mikkelsen", "oppvekstsjef", True),
            ("Rikke Andersen", "rektor", False),
            ("Bo Jensen", "mellomleder", False),
            ("Hanne Sørensen", "tillitsvalgt", False),
        ],
    },
    "absolutt-sogn-2026": {  # the Nynorsk cohort's one team
        "Sogndal": [
            ("Astrid Leikanger", "kommunedirektor", True),
            ("deltakar-sogn", "politiker", False),
            ("Nils Hjelle", "rektor", False),
        ],
    },
    "led-skole-vestland-2026": {
        "Bergen": [
            ("Hilde Vik", "rektor", True),
            ("deltaker-ledskole", "mellomleder", False),
        ],
    },
}


def address(name):
    ascii_name = unicodedata.normalize("NFKD", name.replace("ø", "o").replace("æ", "ae"))
    return ascii_name.encode("ascii", "ignore").decode().lower().replace(" ", ".") + "@example.org"


# The participant demo accounts' invented names
ACCOUNT_NAMES = {
    "deltaker-absolutt": ("Marte", "Kirkeby"),
    "deltaker-ledskole": ("Eirik", "Vangen"),
    "deltager-kl": ("Sofie", "Brandt"),
    "deltakar-sogn": ("Ingebjørg", "Øvrebø"),
}


def person(name):
    """A demo account by username, or an invented person (who has no password yet)."""
    User = get_user_model()
    existing = User.objects.filter(username=name).first()
    if existing:
        if not existing.first_name and name in ACCOUNT_NAMES:
            existing.first_name, existing.last_name = ACCOUNT_NAMES[name]
            existing.save(update_fields=["first_name", "last_name"])
        return existing
    email = address(name)
    first, _space, last = name.rpartition(" ")
    user, created = User.objects.get_or_create(
        username=email, defaults={"email": email, "first_name": first, "last_name": last}
    )
    if created:
        user.set_unusable_password()
        user.save()
    return user


def facilitator(username, first, last, password):
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=username,
        defaults={"email": f"{username}@example.org", "first_name": first, "last_name": last},
    )
    if created:
        user.set_password(password)
        user.save()
    return user


def ensure_team(cohort, municipality, people):
    team, _created = cohort.teams.get_or_create(municipality=municipality)
    for name, role_slug, contact in people:
        user = person(name)
        role = AudienceRole.objects.filter(slug=role_slug).order_by("pk").first()
        if not cohort.memberships.filter(user=user).exists():
            made_for_it = not user.memberships.exists() and not user.has_usable_password()
            Membership.objects.create(
                created_account=made_for_it,
                cohort=cohort,
                team=team,
                user=user,
                role=role,
                is_contact=contact,
                invited_at=timezone.now(),
            )
            cohort.group.user_set.add(user)
            participant_group().user_set.add(user)


def ensure_cohort_people(password):
    for slug, teams in TEAMS.items():
        page = CohortPage.objects.filter(slug=slug).order_by("pk").first()
        cohort = cohort_for_page(page)
        if slug in FACILITATORS:
            cohort.facilitators.add(facilitator(*FACILITATORS[slug], password))
        for municipality, people in teams.items():
            ensure_team(cohort, municipality, people)
        if slug == OPEN_FOR_REGISTRATION and cohort.registration_until is None:
            cohort.registration_until = timezone.localdate() + timedelta(days=30)
            cohort.save()
