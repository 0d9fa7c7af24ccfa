"""Every admin request in the editor's own language, refusals included.

Wagtail renders an admin view in the editor's language (`get_localized_response`), but
answers a refused one ("Sorry, you do not have permission to access this area.") after
leaving it: the message came out in the site's default language, Bokmål, for Danish and
Nynorsk editors. The profile is the one Wagtail reads next (cached on the user), so this
costs no query.
"""

import functools

from django.conf import settings
from django.urls import NoReverseMatch, get_urlconf, reverse
from django.utils import translation


@functools.cache
def admin_prefix(urlconf):
    """The admin's address in `urlconf`, once per URLconf (every request asks)."""
    try:
        return reverse("wagtailadmin_home", urlconf=urlconf)
    except NoReverseMatch:  # a URLconf without the admin
        return None


class AdminLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = self.editors_language(request)
        if language is None:
            return self.get_response(request)
        with translation.override(language):
            return self.get_response(request)

    def editors_language(self, request):
        user = getattr(request, "user", None)
        prefix = admin_prefix(get_urlconf() or settings.ROOT_URLCONF)
        if not (prefix and request.path.startswith(prefix) and user and user.is_authenticated):
            return None
        profile = getattr(user, "wagtail_userprofile", None)
        return profile.get_preferred_language() if profile else None
