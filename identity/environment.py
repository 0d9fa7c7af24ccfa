"""Sign-in providers from the environment, read by the settings (so: no Django here).

    OIDC_PROVIDERS="idporten feide"                 # the providers, by a short name each
    OIDC_IDPORTEN_ISSUER=https://idporten.no        # discovery: <issuer>/.well-known/...
    OIDC_IDPORTEN_CLIENT_ID=...  OIDC_IDPORTEN_CLIENT_SECRET=...
    OIDC_IDPORTEN_NAME=ID-porten                    # "Logg inn med ID-porten"
    OIDC_IDPORTEN_LANGUAGES=nb                      # whose login pages offer it (nb da)
    OIDC_IDPORTEN_SCOPE="openid"                    # default: openid
    OIDC_IDPORTEN_LOGIN_ORIGINS=https://login.idporten.no  # where its login pages live,
                                                    # when not at the issuer's origin
    OIDC_IDPORTEN_ACR_VALUES=idporten-loa-substantial       # optional
    OIDC_IDPORTEN_AUTH_METHOD=client_secret_post    # default: client_secret_basic
    OIDC_IDPORTEN_TRUST_EMAIL=false                 # link by a verified email claim

A missing value stops the start (ImproperlyConfigured): a provider half configured would
fail only when someone tries to sign in with it.
"""

import re
from urllib.parse import urlsplit

SLUG = re.compile(r"^[a-z][a-z0-9-]{0,29}$")
AUTH_METHODS = ("client_secret_basic", "client_secret_post")


class ConfigurationError(ValueError):
    pass


LOOPBACK = ("127.0.0.1", "localhost", "::1")


def origin(url):
    """The origin of an https address (http only on loopback: demo-ID, the tests)."""
    parts = urlsplit(url)
    loopback = parts.scheme == "http" and parts.hostname in LOOPBACK
    if not (parts.scheme == "https" or loopback) or not parts.netloc:
        raise ConfigurationError(f"not an https address: {url!r}")
    return f"{parts.scheme}://{parts.netloc}"


def provider(
    slug,
    *,
    issuer,
    client_id,
    client_secret,
    name,
    languages=("nb", "nn", "da"),
    scope="openid",
    login_origins=(),
    acr_values="",
    auth_method="client_secret_basic",
    trust_email=False,
):
    """One provider's settings, checked, with the origins its pages post to."""
    if not SLUG.match(slug):
        raise ConfigurationError(f"provider name {slug!r}: lower-case letters, digits, -")
    if "openid" not in scope.split():
        raise ConfigurationError(f"{slug}: the scope must include openid")
    if auth_method not in AUTH_METHODS:
        raise ConfigurationError(f"{slug}: auth method is one of {', '.join(AUTH_METHODS)}")
    issuer = issuer.rstrip("/")
    return {
        "slug": slug,
        "name": name,
        "issuer": issuer,
        "client_id": client_id,
        "client_secret": client_secret,
        "languages": list(languages),
        "scope": scope,
        "acr_values": acr_values,
        "auth_method": auth_method,
        "trust_email": trust_email,
        # The browser is sent there by a form (sign in) or a form's redirect (sign out):
        # the Content-Security-Policy's form-action must name them.
        "form_action": sorted({origin(issuer), *(origin(o) for o in login_origins)}),
    }


def providers_from(environ):
    """The providers OIDC_PROVIDERS names, in its order."""
    found = []
    for slug in environ.get("OIDC_PROVIDERS", "").split():
        prefix = f"OIDC_{slug.upper().replace('-', '_')}_"

        def value(key, default=None, prefix=prefix):
            found = environ.get(prefix + key, default)
            if found is None or found == "":
                raise ConfigurationError(f"{prefix}{key} is not set")
            return found

        found.append(
            provider(
                slug,
                issuer=value("ISSUER"),
                client_id=value("CLIENT_ID"),
                client_secret=value("CLIENT_SECRET"),
                name=value("NAME"),
                languages=value("LANGUAGES", "nb nn da").split(),
                scope=value("SCOPE", "openid"),
                login_origins=environ.get(prefix + "LOGIN_ORIGINS", "").split(),
                acr_values=environ.get(prefix + "ACR_VALUES", ""),
                auth_method=value("AUTH_METHOD", "client_secret_basic"),
                trust_email=environ.get(prefix + "TRUST_EMAIL", "").lower() in ("1", "true"),
            )
        )
    return found
