"""The account page: the ways one signs in (a password, and each provider linked), for
participants and staff alike. A way may be removed only while another remains."""

from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordChangeForm, SetPasswordForm
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from .models import IdentityLink
from .providers import all_providers, provider, providers_for


def password_form(user, data=None):
    form_class = PasswordChangeForm if user.has_usable_password() else SetPasswordForm
    form = form_class(user, data)
    for field in form.fields.values():  # the page leads with the providers, not this field
        field.widget.attrs.pop("autofocus", None)
    return form


@never_cache
@login_required
def page(request):
    user = request.user
    form = password_form(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.save()
        update_session_auth_hash(request, user)  # stay signed in with the new password
        messages.success(request, _("Your password is saved."))
        return HttpResponseRedirect(reverse("identity:account"))
    links = {link.provider: link for link in user.identity_links.all()}
    offered = providers_for()
    shown = offered + [p for p in all_providers() if p.slug in links and p not in offered]
    rows = [{"provider": p, "link": links.get(p.slug)} for p in shown]
    context = {"form": form, "rows": rows, "has_password": user.has_usable_password()}
    return render(request, "identity/account.html", context, status=400 if form.errors else 200)


@never_cache
@login_required
@require_POST
def unlink(request, slug):
    link = IdentityLink.objects.filter(user=request.user, provider=slug).first()
    chosen = provider(slug)
    if link is None:
        raise Http404
    name = chosen.name if chosen else slug
    others = request.user.identity_links.exclude(pk=link.pk).exists()
    if not (request.user.has_usable_password() or others):
        messages.error(
            request,
            _("Set a password before you remove %(name)s: otherwise you could not log in.")
            % {"name": name},
        )
    else:
        link.delete()
        messages.success(
            request, _("%(name)s is no longer linked to your account.") % {"name": name}
        )
    return HttpResponseRedirect(reverse("identity:account"))
