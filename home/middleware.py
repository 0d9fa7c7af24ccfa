from django.conf import settings
from django.core.exceptions import BadRequest
from django.middleware.locale import LocaleMiddleware

from wagtail.views import serve as wagtail_serve

from .generation_cache import find_site


class LanguageMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware turns a 404 on an unprefixed path into a redirect to the
    language-prefixed path whenever that path would resolve, and Wagtail's catch-all page
    route makes every path resolve. Paths that are never served under a language (the
    API, documents, the admin) keep their own 404."""

    UNPREFIXED = ("/api/", "/documents/", "/admin/", "/checklist/")

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_serve:  # the page's route starts from the site's root
            find_site(request)  # Wagtail's lookup, kept per cache generation (see there)

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(self.UNPREFIXED):
            return response
        return super().process_response(request, response)


class RejectNulMiddleware:
    """A NUL character in the path, or in the query string of the API or the admin, gets
    our 400 page. PostgreSQL text cannot hold one, and their filters look values up as
    given, so such a request failed with a server error. The public pages' forms ignore
    such values instead (search, the tool library). "%00" always decodes to a NUL."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.strict = ("/api/", *settings.SAMLING_ADMIN_PREFIXES)

    def __call__(self, request):
        strict = request.path_info.startswith(self.strict)
        if "\x00" in request.path or (strict and "%00" in request.META.get("QUERY_STRING", "")):
            raise BadRequest("NUL character in the request")
        return self.get_response(request)
