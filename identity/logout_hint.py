"""The ID token a provider's sign-out asks for (`id_token_hint`), kept in the browser.

An ID token may carry a national identity number (ID-porten's `pid`), which Samling
never stores: not in its database, not in a session row. So the token goes back to the
browser that signed in, in an HttpOnly cookie, encrypted (Fernet, with a key derived
from SECRET_KEY) so that it cannot be read from the cookie jar, and is used once, at
sign-out. A browser without it still signs out: with `client_id` instead of the hint.
"""

import base64

from cryptography.fernet import Fernet, InvalidToken

from django.conf import settings
from django.utils.crypto import salted_hmac

COOKIE = "samling_signout"
HOURS = 12


def _fernet():
    key = salted_hmac("samling.identity.logout_hint", "key", algorithm="sha256").digest()
    return Fernet(base64.urlsafe_b64encode(key))


def keep(response, id_token):
    response.set_cookie(
        COOKIE,
        _fernet().encrypt(id_token.encode()).decode(),
        max_age=HOURS * 3600,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )


def read(request):
    value = request.COOKIES.get(COOKIE)
    if not value:
        return None
    try:
        return _fernet().decrypt(value.encode(), ttl=HOURS * 3600).decode()
    except (InvalidToken, ValueError):
        return None


def forget(response):
    response.delete_cookie(COOKIE, samesite="Lax")
