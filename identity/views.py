"""Signing in with a provider: the start (a POST from a login, invitation or account
page), the provider's answer (the callback) and what it leads to.

What the start was for rides along with Authlib's `state` in the session, used once:
- "login": the subject's linked account signs in (or, where the provider is trusted
  with email and says the address is verified, the one account with that address and
  no link yet is linked first);
- "invitation": the invited account, whose invitation was opened in this browser and is
  still valid, is linked and signs in, instead of setting a password;
- "link": the signed-in account is linked (from its account page).
Every refusal, and a sign-in that finds no account, counts in django-axes' lockout
under the provider's name and the visitor's address.
"""

import logging

import requests
from authlib.common.errors import AuthlibBaseError
from authlib.integrations.django_client import OAuthError
from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from joserfc.errors import JoseError

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import authenticate, get_user_model, login
from django.contrib.auth.signals import user_login_failed
from django.contrib.auth.views import INTERNAL_RESET_SESSION_TOKEN
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import resolve_url
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_str
from django.utils.http import url_has_allowed_host_and_scheme, urlsafe_base64_decode
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from cohorts.invitations import tokens
from cohorts.models import Cohort

from . import logout_hint
from .models import IdentityLink
from .providers import client, provider

logger = logging.getLogger(__name__)
BACKEND = "identity.backends.IdentityLinkBackend"
SESSION_PROVIDER = "identity_provider"  # the provider this session signed in with
PURPOSES = ("login", "invitation", "link")
# The provider cannot be reached, is slow, or answers with something that is not JSON.
NETWORK_ERRORS = (requests.RequestException, ValueError)

# What the visitor reads, in their language; %(name)s is the provider's name.
INVITATION_USED = _(
    "This invitation link has expired or has been used already. Ask your facilitator to send "
    "it again, or log in if you have set a password."
)
UNREACHABLE = _(
    "%(name)s could not be reached just now. Try again in a little while, or log in with your"
    " password."
)
STALE = _("This sign-in was started in another window or too long ago. Please try again.")
DECLINED = _("%(name)s did not sign you in. Try again, or log in with your password.")
REFUSED = _(
    "The answer from %(name)s could not be verified, so you have not been signed in. Try "
    "again, or log in with your password."
)
NOT_LINKED = _(
    "No Samling account is linked to this %(name)s login yet. Open the invitation from your "
    "facilitator, or log in with your password and link %(name)s on your account page."
)
TAKEN = _(
    "This %(name)s login is already linked to another Samling account. Log in with it, or set"
    " a password for this invitation."
)
ALREADY = _("%(name)s is already linked to your account.")
CONFLICT = _(
    "This %(name)s login is already linked to another Samling account, or your account to "
    "another %(name)s login. Remove that link first."
)
LINKED = _("%(name)s is linked to your account. Next time you can log in with it.")


def safe(request, url, default):
    allowed = url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return url if url and allowed else resolve_url(default)


def failed(request, chosen, back, message, count=True):
    """Back to the page the visitor came from (where the password way is), with why."""
    if count:
        user_login_failed.send(
            sender=__name__, credentials={"username": chosen.label}, request=request
        )
    messages.error(request, str(message) % {"name": chosen.name})
    return HttpResponseRedirect(back)


def locked(request, chosen):
    credentials = {"username": chosen.label}
    if AxesProxyHandler.is_locked(request, credentials):
        return get_lockout_response(request, None, credentials)
    return None


def invited_user(request):
    """The account whose invitation this browser opened (and which is still valid)."""
    try:
        pk = force_str(urlsafe_base64_decode(request.POST.get("uidb64", "")))
        user = get_user_model()._default_manager.get(pk=pk)
    except (ValueError, TypeError, OverflowError, get_user_model().DoesNotExist):
        return None, None
    token = request.session.get(INTERNAL_RESET_SESSION_TOKEN)
    return (user, token) if tokens.check_token(user, token) else (None, None)


@never_cache
@require_POST
def start(request, slug):
    chosen = provider(slug)
    purpose = request.POST.get("purpose")
    if chosen is None or purpose not in PURPOSES:
        raise Http404
    back = safe(request, request.POST.get("back"), "wagtailcore_login")
    flow = {
        "purpose": purpose,
        "language": translation.get_language(),
        "back": back,
        "next": safe(request, request.POST.get("next"), settings.LOGIN_REDIRECT_URL),
    }
    if purpose == "link":
        if not request.user.is_authenticated:
            raise Http404
        flow["user"] = request.user.pk
    elif response := locked(request, chosen):
        return response
    if purpose == "invitation":
        user, token = invited_user(request)
        if user is None:
            return failed(request, chosen, back, INVITATION_USED, count=False)
        flow.update(user=user.pk, invitation=token, cohort=request.POST.get("cohort"))
    return to_provider(request, chosen, flow)


def to_provider(request, chosen, flow):
    app = client(chosen.slug)
    callback_url = request.build_absolute_uri(reverse("oidc:callback", args=[chosen.slug]))
    extra = {"ui_locales": flow["language"]}
    if chosen.acr_values:
        extra["acr_values"] = chosen.acr_values
    try:
        found = app.create_authorization_url(callback_url, **extra)
    except (*NETWORK_ERRORS, AuthlibBaseError) as error:
        logger.warning("provider %s unreachable at sign-in: %r", chosen.slug, error)
        return failed(request, chosen, flow["back"], UNREACHABLE, count=False)
    if not any(found["url"].startswith(origin + "/") for origin in chosen.form_action):
        logger.error(
            "provider %s signs in outside its LOGIN_ORIGINS: %s", chosen.slug, found["url"]
        )
        return failed(request, chosen, flow["back"], UNREACHABLE, count=False)
    app.save_authorize_data(request, redirect_uri=callback_url, **found, **flow)
    return HttpResponseRedirect(found["url"])


@never_cache
@require_GET
def callback(request, slug):
    chosen = provider(slug)
    if chosen is None:
        raise Http404
    app = client(slug)
    state = request.GET.get("state", "")
    flow = state and app.framework.get_state_data(request.session, state)
    if not flow:  # replayed, from another browser, or expired
        return failed(request, chosen, resolve_url("wagtailcore_login"), STALE)
    translation.activate(flow["language"])
    request.LANGUAGE_CODE = flow["language"]
    if flow["purpose"] != "link" and (response := locked(request, chosen)):
        return response
    try:
        token = app.authorize_access_token(request)
    except OAuthError as error:  # the provider said no (the person cancelled, or it failed)
        logger.info("provider %s returned an error: %s", slug, error)
        return failed(request, chosen, flow["back"], DECLINED)
    except NETWORK_ERRORS as error:
        logger.warning("provider %s unreachable at the token exchange: %r", slug, error)
        return failed(request, chosen, flow["back"], UNREACHABLE)
    except (AuthlibBaseError, JoseError) as error:
        logger.warning("provider %s: ID token refused: %r", slug, error)
        return failed(request, chosen, flow["back"], REFUSED)
    claims = token.get("userinfo")
    if not claims or not claims.get("sub"):
        logger.warning("provider %s: answer without an ID token", slug)
        return failed(request, chosen, flow["back"], REFUSED)
    return PURPOSE_VIEWS[flow["purpose"]](request, chosen, flow, token, claims)


def sign_in(request, chosen, link, token, next_url):
    """Through `authenticate()`: the lockout refuses or counts, as for a password."""
    user = authenticate(request, username=chosen.label, identity_link=link)
    if user is None:
        return None
    login(request, user, backend=BACKEND)
    IdentityLink.objects.filter(pk=link.pk).update(used_at=timezone.now())
    request.session[SESSION_PROVIDER] = chosen.slug
    response = HttpResponseRedirect(next_url)
    logout_hint.keep(response, token["id_token"])
    return response


def by_verified_email(chosen, claims):
    """The one active account with the verified address and no link of any kind."""
    email = claims.get("email")
    if not (chosen.trust_email and email and claims.get("email_verified") is True):
        return None
    found = list(get_user_model()._default_manager.filter(email__iexact=email, is_active=True)[:2])
    if len(found) != 1 or found[0].identity_links.exists():
        return None
    return link_or_none(found[0], chosen, claims["sub"])


def link_or_none(user, chosen, subject):
    try:
        with transaction.atomic():
            return IdentityLink.objects.create(user=user, provider=chosen.slug, subject=subject)
    except IntegrityError:  # the subject or the account's link for this provider exists
        return None


def for_login(request, chosen, flow, token, claims):
    link = (
        IdentityLink.objects.filter(provider=chosen.slug, subject=claims["sub"])
        .select_related("user")
        .first()
    )
    made = None if link else by_verified_email(chosen, claims)
    response = sign_in(request, chosen, link or made, token, flow["next"])
    return response or not_signed_in(request, chosen, flow, made, NOT_LINKED)


def not_signed_in(request, chosen, flow, made, message):
    """No link (counted by authenticate), the account closed, or the lockout on its way:
    a link just made for this sign-in is taken back."""
    if made is not None:
        made.delete()
    if getattr(request, "axes_locked_out", False):
        return get_lockout_response(request, None, {"username": chosen.label})
    return failed(request, chosen, flow["back"], message, count=False)


def for_invitation(request, chosen, flow, token, claims):
    user = get_user_model()._default_manager.filter(pk=flow["user"]).first()
    if user is None or not tokens.check_token(user, flow["invitation"]):
        return failed(request, chosen, flow["back"], INVITATION_USED, count=False)
    link = link_or_none(user, chosen, claims["sub"])
    if link is None:
        return failed(request, chosen, flow["back"], TAKEN, count=False)
    response = sign_in(request, chosen, link, token, cohort_page(flow.get("cohort"), user))
    if response is None:
        return not_signed_in(request, chosen, flow, link, REFUSED)
    request.session.pop(INTERNAL_RESET_SESSION_TOKEN, None)
    return response


def cohort_page(cohort_id, user):
    language = translation.get_language()
    cohort = (
        Cohort.objects.filter(pk=cohort_id, memberships__user=user).first()
        if str(cohort_id).isdigit()
        else None
    )
    return cohort.page_in(language).url if cohort else f"/{language}/"


def for_link(request, chosen, flow, token, claims):
    account = reverse("identity:account")
    if request.user.pk != flow["user"]:
        return failed(request, chosen, account, REFUSED, count=False)
    theirs = IdentityLink.objects.filter(provider=chosen.slug, subject=claims["sub"]).first()
    if theirs and theirs.user_id == request.user.pk:
        messages.info(request, str(ALREADY) % {"name": chosen.name})
        return HttpResponseRedirect(account)
    if theirs or link_or_none(request.user, chosen, claims["sub"]) is None:
        return failed(request, chosen, account, CONFLICT, count=False)
    request.session[SESSION_PROVIDER] = chosen.slug
    messages.success(request, str(LINKED) % {"name": chosen.name})
    response = HttpResponseRedirect(account)
    logout_hint.keep(response, token["id_token"])
    return response


PURPOSE_VIEWS = {"login": for_login, "invitation": for_invitation, "link": for_link}
