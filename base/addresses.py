"""The words in Samling's own addresses, in each language: `/nb/kull/3/oppgaver/…` and
`/da/hold/3/opgaver/…`. A route is written with {word} placeholders and read in the
active language (Django's translated URL patterns), and an address with the other
language's words redirects to its own (OldAddressRedirectMiddleware)."""

import functools

from django.conf import settings
from django.http import HttpResponsePermanentRedirect
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.functional import lazy
from django.utils.translation import pgettext_lazy

# Only words that differ between the languages; the others are written as they are.
WORDS = {
    "cohort": pgettext_lazy("URL", "cohort"),
    "my_cohort": pgettext_lazy("URL", "my-cohort"),
    "team": pgettext_lazy("URL", "team"),
    "participants": pgettext_lazy("URL", "participants"),
    "invitation": pgettext_lazy("URL", "invitation"),
    "attendance": pgettext_lazy("URL", "attendance"),
    "registration": pgettext_lazy("URL", "registration"),
    "registrations": pgettext_lazy("URL", "registrations"),
    "tasks": pgettext_lazy("URL", "tasks"),
    "workbook": pgettext_lazy("URL", "workbook"),
    "draft": pgettext_lazy("URL", "draft"),
    "discard": pgettext_lazy("URL", "discard"),
    "done": pgettext_lazy("URL", "done"),
    "reminders": pgettext_lazy("URL", "reminders"),
    "off": pgettext_lazy("URL", "off"),
    "days": pgettext_lazy("URL", "days"),
    "messages": pgettext_lazy("URL", "messages"),
    "sessions": pgettext_lazy("URL", "sessions"),
    "session": pgettext_lazy("URL", "session"),
    "move": pgettext_lazy("URL", "move"),
    "withdraw": pgettext_lazy("URL", "withdraw"),
    "log_out": pgettext_lazy("URL", "log-out"),
    "forgot_password": pgettext_lazy("URL", "forgot-password"),
    "complete": pgettext_lazy("URL", "complete"),
    "tool_bundle": pgettext_lazy("URL", "tool-bundle"),
    "sign_in": pgettext_lazy("URL", "sign-in"),
    "account": pgettext_lazy("URL", "account"),
}


def _route(pattern):
    return pattern.format(**{name: str(word) for name, word in WORDS.items()})


route = lazy(_route, str)  # route("{cohort}/<int:pk>/{tasks}/"), read per language


@functools.cache
def words_in(language):
    """{name: word} in `language` (the catalogues do not change while a process runs)."""
    with translation.override(language):
        return {name: str(word) for name, word in WORDS.items()}


# Words in the routes of Wagtail pages (RoutablePageMixin): those addresses resolve to
# Wagtail's page view whether or not the page has the route, so they are trusted as words.
PAGE_ROUTE_WORDS = {"session", "tool_bundle"}


def in_own_words(path, language):
    """(`path` with the other languages' address words put in `language`'s, the names of
    the words changed); the path is None where nothing changed."""
    own = words_in(language)
    others = {}
    for code, _name in settings.LANGUAGES:
        if code != language:
            others.update({word: name for name, word in words_in(code).items()})
    segments, changed = path.split("/"), set()
    for index, segment in enumerate(segments):
        stem, dot, extension = segment.partition(".")  # "oppmote.xlsx"
        name = others.get(stem)
        if name is not None and own[name] != stem:
            segments[index] = f"{own[name]}{dot}{extension}"
            changed.add(name)
    return ("/".join(segments) if changed else None), changed


def is_screen(path, language, changed):
    """Whether `path` is one of Samling's own screens, not Wagtail's catch-all for pages."""
    if changed & PAGE_ROUTE_WORDS:
        return True
    with translation.override(language):
        try:
            match = resolve(path)
        except Resolver404:
            return False
    return not match.func.__module__.startswith("wagtail.")


class OldAddressRedirectMiddleware:
    """An address of ours in the other language's words (`/da/kull/3/`, as written before
    each language had its own) is sent on to the same screen in its own words."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response
        language = request.path.split("/")[1]
        if language not in dict(settings.LANGUAGES):
            return response
        target, changed = in_own_words(request.path, language)
        if target is None or not is_screen(target, language, changed):
            return response
        query = request.META.get("QUERY_STRING")
        return HttpResponsePermanentRedirect(f"{target}?{query}" if query else target)
