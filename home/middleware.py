from django.middleware.locale import LocaleMiddleware

from wagtail.views import serve as wagtail_serve

from pagecache.generation_cache import find_site


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
