"""Participant-only material on top of Wagtail's page privacy and collection restrictions.

Wagtail sends anyone who fails a restriction to the login page, even a participant who is
already logged in but belongs to another cohort. Here such a visitor gets a clear 403
instead, and restricted documents are marked private so no shared cache keeps them.
"""

from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control

from wagtail.documents.views.serve import serve as wagtail_serve_document


def forbidden(request):
    response = TemplateResponse(request, "403.html", status=403)
    add_never_cache_headers(response)
    return response


def refuse_logged_in_outsiders_page(page, request, serve_args, serve_kwargs):
    """before_serve_page: 403 for a logged-in user that a restriction does not admit."""
    if not request.user.is_authenticated:
        return None
    if any(not r.accept_request(request) for r in page.get_view_restrictions()):
        return forbidden(request)
    return None


def refuse_logged_in_outsiders_document(document, request):
    """before_serve_document: the same rule for documents in restricted collections."""
    if not request.user.is_authenticated:
        return None
    if any(not r.accept_request(request) for r in document.collection.get_view_restrictions()):
        return forbidden(request)
    return None


def serve_document(request, document_id, document_filename):
    """Wagtail's document view (ETag and Last-Modified, so repeat downloads are 304s);
    restricted documents get `Cache-Control: private`."""
    response = wagtail_serve_document(request, document_id, document_filename)
    if response.get("Content-Encoding") == "None":  # Wagtail's sendfile writes None as text
        del response["Content-Encoding"]
    if response.status_code == 200 and is_restricted(document_id):
        patch_cache_control(response, private=True, no_store=True)
    return response


def not_served(request):
    """Any other address of a document (non-ASCII digits, extra path parts): 404."""
    raise Http404


def is_restricted(document_id):
    from wagtail.documents import get_document_model

    document = get_document_model().objects.select_related("collection").get(pk=document_id)
    return document.collection.get_view_restrictions().exists()
