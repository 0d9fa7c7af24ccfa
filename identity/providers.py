"""The configured providers and their OpenID Connect clients (Authlib).

Authlib does the protocol: discovery, the authorization code flow with PKCE (S256),
`state` and `nonce` kept in the session and used once, the code exchanged for tokens,
and the ID token's signature (against the provider's published keys, fetched again once
for an unknown key id), issuer, audience, expiry and nonce checked. Samling adds what a
provider's own metadata must not decide: the issuer it publishes is the one configured,
and an ID token is signed with an asymmetric algorithm, never `none`.
"""

import time
from dataclasses import dataclass

from authlib.integrations.django_client import DjangoOAuth2App, OAuth
from authlib.integrations.django_client import OAuthError as ClientError
from joserfc.errors import InvalidClaimError

from django.conf import settings
from django.utils import translation

# Asymmetric signatures only: `none` and secrets shared with the client are refused.
SIGNING_ALGORITHMS = ("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384")
METADATA_SECONDS = 3600  # a provider's discovery document is read again after an hour


@dataclass(frozen=True)
class Provider:
    slug: str
    name: str
    issuer: str
    languages: tuple
    form_action: tuple
    trust_email: bool
    acr_values: str = ""

    @property
    def label(self):
        """The name the lockout counts this provider's attempts under."""
        return f"oidc:{self.slug}"


def all_providers():
    return [
        Provider(
            slug=p["slug"],
            name=p["name"],
            issuer=p["issuer"],
            languages=tuple(p["languages"]),
            form_action=tuple(p["form_action"]),
            trust_email=p["trust_email"],
            acr_values=p["acr_values"],
        )
        for p in settings.IDENTITY_PROVIDERS
    ]


def providers_for(language=None):
    """Those whose buttons the login pages in `language` show (all, for a language
    that is not one of the site's)."""
    language = language or translation.get_language()
    found = all_providers()
    if language not in {code for code, _name in settings.LANGUAGES}:
        return found
    return [p for p in found if language in p.languages]


def provider(slug):
    return next((p for p in all_providers() if p.slug == slug), None)


class ProviderApp(DjangoOAuth2App):
    def load_server_metadata(self):
        loaded = self.server_metadata.get("_loaded_at")
        if loaded and time.time() - loaded > METADATA_SECONDS:
            self.server_metadata = {}
        metadata = super().load_server_metadata()
        if metadata.get("issuer", "").rstrip("/") != self.issuer:
            self.server_metadata = {}
            raise ClientError("issuer_mismatch", "the discovery document names another issuer")
        published = metadata.get("id_token_signing_alg_values_supported") or ["RS256"]
        metadata["id_token_signing_alg_values_supported"] = [
            alg for alg in published if alg in SIGNING_ALGORITHMS
        ]
        return metadata

    def parse_id_token(self, token, nonce, claims_options=None, claims_cls=None, leeway=120):
        """Authlib checks the audience only through `azp`, and skips the nonce for a
        token saying `nonce_supported: false`: here the audience must name this client
        and the nonce must be the one sent, always."""
        issuer = self.load_server_metadata()["issuer"]
        claims_options = {
            "iss": {"essential": True, "values": [issuer]},
            "aud": {"essential": True, "values": [self.client_id]},
        }
        claims = super().parse_id_token(token, nonce, claims_options, claims_cls, leeway)
        if not nonce or claims.get("nonce") != nonce:
            raise InvalidClaimError("nonce")
        return claims


class Registry(OAuth):
    oauth2_client_cls = ProviderApp


_clients = {}


def client(slug):
    """The Authlib client of provider `slug`, made once per process and settings."""
    config = next(p for p in settings.IDENTITY_PROVIDERS if p["slug"] == slug)
    key = (slug, tuple(sorted((k, str(v)) for k, v in config.items())))
    if key not in _clients:
        registry = Registry()
        made = registry.register(
            slug,
            client_id=config["client_id"],
            client_secret=config["client_secret"],
            server_metadata_url=f"{config['issuer']}/.well-known/openid-configuration",
            client_kwargs={
                "scope": config["scope"],
                "code_challenge_method": "S256",
                "token_endpoint_auth_method": config["auth_method"],
                "default_timeout": settings.IDENTITY_PROVIDER_TIMEOUT,
            },
        )
        made.issuer = config["issuer"]
        _clients[key] = made
    return _clients[key]
