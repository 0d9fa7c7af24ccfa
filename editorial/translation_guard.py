"""Limits wagtail-localize's translate and sync actions to the locales a user may edit.

wagtail-localize only checks the global `submit_translation` permission, which would let
a Norwegian editor create or overwrite pages in the Danish tree (and tick "publish
immediately" without publish rights). A locale's tree is guarded by the page
permissions on its home page, so that is what we check.
"""

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

SUBMIT = "wagtail_localize:submit_page_translation"
SYNC = "wagtail_localize:update_translations"


def locale_root(page, locale):
    """The home page of `page`'s site in `locale` (where that locale's rights are granted)."""
    site = page.get_site()
    root = site.root_page if site else page.get_ancestors(inclusive=True).filter(depth=2).first()
    return root.get_translation_or_none(locale) if root else None


def forbidden_locales(user, page, locales, publish=False):
    refused = []
    for locale in locales:
        root = locale_root(page, locale)
        perms = root.permissions_for_user(user) if root else None
        if perms is None or not perms.can_edit() or (publish and not perms.can_publish()):
            refused.append(locale)
    return refused


def requested_change(request, view_name, kwargs):
    """(source page, target locales, publish?) for a guarded POST, else None."""
    if view_name == SUBMIT:
        page = Page.objects.filter(pk=kwargs["page_id"]).first()
        ids = [value for value in request.POST.getlist("locales") if value.isdigit()]
        return page, Locale.objects.filter(pk__in=ids), False
    source = TranslationSource.objects.filter(pk=kwargs["translation_source_id"]).first()
    try:
        page = source.get_source_instance() if source else None
    except ObjectDoesNotExist:
        return None
    if not isinstance(page, Page):
        return None  # snippets: global permissions, no locale tree
    locales = Locale.objects.filter(translations__source=source, translations__enabled=True)
    return page, locales, bool(request.POST.get("publish_translations"))


class TranslationGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if request.method != "POST" or match.view_name not in (SUBMIT, SYNC):
            return None
        change = requested_change(request, match.view_name, view_kwargs)
        if change is None or change[0] is None:
            return None  # let wagtail-localize answer with its own 404
        refused = forbidden_locales(request.user, *change)
        if not refused:
            return None
        names = ", ".join(locale.get_display_name() for locale in refused)
        if change[2]:
            message = _("You may not translate into or publish in: %(locales)s.")
        else:
            message = _("You may not translate into or update pages in: %(locales)s.")
        messages.error(request, message % {"locales": names})
        return redirect(request.get_full_path())
