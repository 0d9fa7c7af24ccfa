"""Every admin request in the editor's own language, refusals included.

Wagtail renders an admin view in the editor's language (`get_localized_response`), but
answers a refused one ("Sorry, you do not have permission to access this area.") after
leaving it: the message came out in the site's default language, Bokmål, for Danish and
Nynorsk editors. The profile is the one Wagtail reads next (cached on the user), so this
costs no query.
"""

from django.urls import reverse
from django.utils import translation


class AdminLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.prefix = None

    def __call__(self, request):
        self.prefix = self.prefix or reverse("wagtailadmin_home")
        language = self.editors_language(request)
        if language is None:
            return self.get_response(request)
        with translation.override(language):
            return self.get_response(request)

    def editors_language(self, request):
        user = getattr(request, "user", None)
        if not request.path.startswith(self.prefix) or not user or not user.is_authenticated:
            return None
        profile = getattr(user, "wagtail_userprofile", None)
        return profile.get_preferred_language() if profile else None
