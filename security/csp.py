"""Content-Security-Policy: strict on the public site, one that keeps Wagtail's admin working.

django-csp writes the header. Public pages load scripts, styles, fonts and images from
this site only, and run an inline script only when it carries the request's nonce.
Wagtail's admin still relies on inline scripts and styles (wagtail#1288), so paths under
the admin get a policy of their own, without a nonce: browsers ignore 'unsafe-inline'
once a nonce is present.
"""

import base64
import os
import re

from csp.middleware import CSPMiddleware

from django.conf import settings

NONCE_SOURCE = re.compile(r"'nonce-([A-Za-z0-9+/=]+)'")


def is_admin(request):
    return request.path_info.startswith(settings.SAMLING_ADMIN_PREFIXES)


class SamlingCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and is_admin(request):
            parts.config = settings.SAMLING_ADMIN_CSP
            parts.nonce = None
        if origins := provider_origins():
            parts.update = {**(parts.update or {}), "form-action": origins}
        return parts


def provider_origins():
    """Where sign-in and sign-out forms lead through a redirect: the sign-in providers'
    pages (settings.IDENTITY_PROVIDERS). Browsers hold a form's redirects to form-action."""
    return sorted({origin for p in settings.IDENTITY_PROVIDERS for origin in p["form_action"]})


def fresh_nonce(response):
    """A cached page replayed to many visitors would share one nonce, which a visitor
    could then read and reuse: each replay gets its own, in the header and the page."""
    header = response.get("Content-Security-Policy", "")
    match = NONCE_SOURCE.search(header)
    if match is None:
        return response
    old, new = match.group(1), base64.b64encode(os.urandom(16)).decode("ascii")
    response["Content-Security-Policy"] = header.replace(old, new)
    response.content = response.content.replace(
        f'nonce="{old}"'.encode(), f'nonce="{new}"'.encode()
    )
    return response
