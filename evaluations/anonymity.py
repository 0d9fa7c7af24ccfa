"""Answers nobody can tie to the person who gave them, in the database or on screen.

Written with its receipt (who has answered), an answer would sit beside it: the same
transaction, the next row, the same minute; and a results page reloaded after each
answer would show exactly what the last person said. So an answer is first held,
sealed (encrypted with a key derived from SECRET_KEY, which the database does not hold),
and only when `EVALUATION_MIN_ANSWERS` answers to a session are held are they written
out together: in one transaction, in a random order, with random keys and only the day.
The results therefore move in steps of that number, and what is written tells no more
than "one of these people". Answers that never make up a full group stay held (the
results page says how many) until the retention purge deletes them with the cohort.
"""

import base64
import json
import secrets
from collections import Counter

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac

from .models import EvaluationResponse, HeldAnswer

SALT = "samling.evaluations.held"


def sealer():
    """Fernet keys from SECRET_KEY and its fallbacks: answers held across a key change
    can still be opened."""
    keys = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    return MultiFernet(
        [
            Fernet(
                base64.urlsafe_b64encode(salted_hmac(SALT, "key", key, algorithm="sha256").digest())
            )
            for key in keys
        ]
    )


def seal(language, answers):
    return sealer().encrypt(json.dumps([language, answers]).encode()).decode()


def unseal(token):
    return json.loads(sealer().decrypt(token.encode()))


def shuffle(items):
    secrets.SystemRandom().shuffle(items)


def hold(cohort, session_uid, language, answers):
    """Keep an answer sealed; write out the session's held answers once enough are in.
    Called inside the transaction that writes the answerer's receipt."""
    HeldAnswer.objects.create(cohort=cohort, session=session_uid, sealed=seal(language, answers))
    release(cohort, session_uid)


@transaction.atomic
def release(cohort, session_uid):
    """Write out the held answers of a session, shuffled, if there are enough: in one
    transaction that holds them locked, so two answers at once release them once."""
    held = HeldAnswer.objects.select_for_update().filter(cohort=cohort, session=session_uid)
    rows = list(held)
    if len(rows) < settings.EVALUATION_MIN_ANSWERS:
        return 0
    opened = []
    for row in rows:
        try:
            opened.append(unseal(row.sealed))
        except InvalidToken:  # sealed under a key no longer configured: cannot be read
            continue
    shuffle(opened)
    today = timezone.localdate()
    EvaluationResponse.objects.bulk_create(
        EvaluationResponse(
            cohort=cohort,
            session=session_uid,
            submitted_on=today,
            language=language,
            answers=answers,
        )
        for language, answers in opened
    )
    HeldAnswer.objects.filter(pk__in=[row.pk for row in rows]).delete()
    return len(opened)


def held_counts(cohort):
    """{session uid: answers held} for the results page."""
    return Counter(HeldAnswer.objects.filter(cohort=cohort).values_list("session", flat=True))
