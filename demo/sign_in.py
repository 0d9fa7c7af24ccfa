"""demo-ID's Kari Nordmann signs in as the ABSOLUTT participant (`make run` starts
demo-ID on 127.0.0.1:8001 and configures it as the provider "demo"). Ola Nordmann is
linked to nobody: a newcomer can link him from "My account", or accept an invitation."""

from django.contrib.auth import get_user_model

from identity.models import IdentityLink

from .identity_provider import ACCOUNTS

LINKS = {"deltaker-absolutt": "kari.nordmann"}


def ensure_demo_id_links():
    for username, account in LINKS.items():
        user = get_user_model().objects.get(username=username)
        IdentityLink.objects.get_or_create(
            provider="demo", subject=ACCOUNTS[account]["sub"], defaults={"user": user}
        )
