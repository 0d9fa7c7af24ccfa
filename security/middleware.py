from django.conf import settings
from django.core.exceptions import BadRequest


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
