"""Staff link a provider on the same account page as participants: the admin's account
screen points there. What they may do in the admin still comes from Samling's groups."""

from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail import hooks

from .providers import all_providers


@hooks.register("register_account_menu_item")
def sign_in_providers(request):
    names = ", ".join(p.name for p in all_providers())
    if not names:
        return None
    return {
        "url": reverse("identity:account"),
        "label": _("Log in with a provider"),
        "help_text": _("Link %(names)s to your account, or remove the link.") % {"names": names},
    }
