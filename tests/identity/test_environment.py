"""Providers are configured from the environment; a half-configured one stops the start."""

import pytest

from identity.environment import ConfigurationError, providers_from

ID_PORTEN = {
    "OIDC_PROVIDERS": "idporten feide",
    "OIDC_IDPORTEN_ISSUER": "https://idporten.no/",
    "OIDC_IDPORTEN_CLIENT_ID": "samling",
    "OIDC_IDPORTEN_CLIENT_SECRET": "s3cret",
    "OIDC_IDPORTEN_NAME": "ID-porten",
    "OIDC_IDPORTEN_LANGUAGES": "nb",
    "OIDC_IDPORTEN_LOGIN_ORIGINS": "https://login.idporten.no",
    "OIDC_IDPORTEN_AUTH_METHOD": "client_secret_post",
    "OIDC_FEIDE_ISSUER": "https://auth.dataporten.no",
    "OIDC_FEIDE_CLIENT_ID": "abc",
    "OIDC_FEIDE_CLIENT_SECRET": "def",
    "OIDC_FEIDE_NAME": "Feide",
    "OIDC_FEIDE_TRUST_EMAIL": "true",
}


def test_two_providers_in_their_order():
    idporten, feide = providers_from(ID_PORTEN)
    assert (idporten["slug"], idporten["issuer"], idporten["languages"]) == (
        "idporten",
        "https://idporten.no",
        ["nb"],
    )
    assert idporten["form_action"] == ["https://idporten.no", "https://login.idporten.no"]
    assert idporten["auth_method"] == "client_secret_post" and not idporten["trust_email"]
    assert (
        feide["languages"] == ["nb", "nn", "da"]
        and feide["scope"] == "openid"
        and feide["trust_email"]
    )


def test_none_configured():
    assert providers_from({}) == []


@pytest.mark.parametrize(
    "change",
    [
        {"OIDC_FEIDE_CLIENT_SECRET": ""},
        {"OIDC_PROVIDERS": "idporten Feide"},
        {"OIDC_IDPORTEN_ISSUER": "idporten.no"},
        {"OIDC_IDPORTEN_ISSUER": "http://idporten.no"},  # https, except on loopback
        {"OIDC_IDPORTEN_LOGIN_ORIGINS": "http://login.idporten.no"},
        {"OIDC_IDPORTEN_SCOPE": "profile"},
        {"OIDC_IDPORTEN_AUTH_METHOD": "private_key_jwt"},
    ],
)
def test_a_half_configured_provider_stops_the_start(change):
    environ = {**ID_PORTEN, **change}
    with pytest.raises(ConfigurationError):
        providers_from(environ)
