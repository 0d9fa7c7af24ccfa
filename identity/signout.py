"""Signing out: Samling's session ends, and, where the provider offers it, the
provider's too (RP-initiated logout), back to the page the person came from.

The way back is carried in the `state` the provider returns, signed and dated, not in
the session: Wagtail's admin sign-out drops the session cookie altogether.
"""

import logging

from authlib.common.errors import AuthlibBaseError

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.core import signing
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from wagtail.admin.views.account import LogoutView as WagtailAdminLogoutView

from . import logout_hint
from .providers import client, provider
from .views import NETWORK_ERRORS, SESSION_PROVIDER, safe

logger = logging.getLogger(__name__)
STATE_SALT = "samling.identity.signed_out"
STATE_SECONDS = 15 * 60
PROVIDER_STILL_SIGNED_IN = _(
    "You are logged out of Samling. %(name)s could not be reached: close the browser to end "
    "your session there too."
)


def at_provider(request, slug, hint, next_url):
    """The redirect to the provider's end of session, or None where there is none."""
    chosen = provider(slug)
    if chosen is None:
        return None
    app = client(slug)
    try:
        metadata = app.load_server_metadata()
    except (*NETWORK_ERRORS, AuthlibBaseError) as error:
        logger.warning("provider %s unreachable at sign-out: %r", slug, error)
        messages.warning(
            request,
            str(PROVIDER_STILL_SIGNED_IN) % {"name": chosen.name},
        )
        return None
    endpoint = metadata.get("end_session_endpoint", "")
    if not any(endpoint.startswith(origin + "/") for origin in chosen.form_action):
        return None
    state = signing.dumps({"next": next_url}, salt=STATE_SALT)
    extra = {"ui_locales": translation.get_language()}
    if not hint:
        extra["client_id"] = app.client_id
    found = app.create_logout_url(
        post_logout_redirect_uri=request.build_absolute_uri(reverse("oidc:signed_out")),
        id_token_hint=hint,
        state=state,
        **extra,
    )
    return HttpResponseRedirect(found["url"])


class ProviderSignOut:
    """For a logout view: after Samling's own logout, the provider's."""

    def post(self, request, *args, **kwargs):
        slug = request.session.get(SESSION_PROVIDER)
        hint = logout_hint.read(request)
        response = super().post(request, *args, **kwargs)
        if slug and response.status_code == 302:
            response = at_provider(request, slug, hint, response.url) or response
        logout_hint.forget(response)
        return response


class LogoutView(ProviderSignOut, auth_views.LogoutView):
    pass


class AdminLogoutView(ProviderSignOut, WagtailAdminLogoutView):
    pass


@never_cache
def signed_out(request):
    """The provider's way back: to the page signed out from, if the state is ours."""
    try:
        found = signing.loads(request.GET.get("state", ""), salt=STATE_SALT, max_age=STATE_SECONDS)
    except signing.BadSignature:
        found = {}
    return HttpResponseRedirect(safe(request, found.get("next"), "/"))
