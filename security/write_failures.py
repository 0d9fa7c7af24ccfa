"""A write that fails (database locked past its timeout, storage full or unavailable,
a page cache that cannot record the change) answers with a clear page, not a server
error. Nothing was saved: an admin form is one transaction, rolled back when it ends in
an error page, and the storage removed any partial file, so
the visitor can simply send the form again; the browser's Back button brings back what
they typed."""

import logging

from django.conf import settings
from django.db import OperationalError, transaction
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from base.failures import PurgeFailed

logger = logging.getLogger(__name__)
RETRY_AFTER_SECONDS = 10


def reason(exception):
    if isinstance(exception, OperationalError):
        return _("The database is busy right now.")
    if isinstance(exception, PurgeFailed):
        return _("The public pages cannot be updated right now.")
    return _("Files cannot be stored right now.")


def failure_page(request, exception):
    logger.exception("write failed: %s %s", request.method, request.path)
    message = f"{reason(exception)} {_('Nothing was saved. Please try again in a moment.')}"
    if "application/json" in request.headers.get("Accept", ""):
        response = JsonResponse({"success": False, "error_message": message}, status=503)
    else:
        response = render(request, "write_failed.html", {"message": message}, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


class WriteFailureMiddleware:
    """A clear 503 for a failed write. Each admin POST runs in one transaction, rolled
    back when it ends in an error page: Wagtail's actions save in several steps, and a
    failure in a later one (a purge the page cache cannot record) must not leave the
    earlier ones saved."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "POST" or not request.path_info.startswith(
            settings.SAMLING_ADMIN_PREFIXES
        ):
            return self.get_response(request)
        try:
            with transaction.atomic():  # SQLite: BEGIN IMMEDIATE may find the lock taken
                response = self.get_response(request)
                if response.status_code >= 500:
                    transaction.set_rollback(True)
        except (OperationalError, OSError) as exception:
            return failure_page(request, exception)
        return response

    def process_exception(self, request, exception):
        if request.method != "POST" or not isinstance(exception, OperationalError | OSError):
            return None
        return failure_page(request, exception)
