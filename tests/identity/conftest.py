"""Driving a sign-in: the button's POST, the person at demo-ID (the `demo_id` fixture,
in tests/conftest.py), and the way back."""

import html
import re
from urllib.parse import urlsplit

import requests

from django.urls import reverse
from django.utils import translation


class Browser:
    """The person's browser at the provider: its own cookies, a real HTTP session."""

    def __init__(self):
        self.session = requests.Session()

    def sign_in(self, authorize_url, username="kari.nordmann", password="samling-demo"):  # noqa: S107
        """The provider's answer: the address it sends the browser back to (or a page)."""
        page = self.session.get(authorize_url, allow_redirects=False, timeout=5)
        if page.status_code == 302:  # signed in there already
            return page.headers["Location"]
        assert page.status_code == 200, page.text
        fields = dict(re.findall(r'type="hidden" name="([^"]+)" value="([^"]*)"', page.text))
        answer = self.session.post(
            urlsplit(authorize_url)._replace(query="").geturl(),
            data={
                **{k: html.unescape(v) for k, v in fields.items()},
                "username": username,
                "password": password,
            },
            allow_redirects=False,
            timeout=5,
        )
        assert answer.status_code == 302, answer.text
        return answer.headers["Location"]


def path_of(url):
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}" if parts.query else parts.path


def start(client, language="nb", **fields):
    """The button's POST: "login" unless the fields say otherwise."""
    with translation.override(language):
        url = reverse("identity:start", args=["demo"])
    return client.post(url, {"purpose": "login", **fields})


def sign_in(client, provider_browser=None, username="kari.nordmann", language="nb", **fields):
    """Start at Samling, sign in at the provider, come back: Samling's answer."""
    started = start(client, language, **fields)
    assert started.status_code == 302, started
    back = (provider_browser or Browser()).sign_in(started["Location"], username)
    return client.get(path_of(back))
