"""wagtail-localize's actions under the same rules as Wagtail's own.

wagtail-localize checks only its global `submit_translation` permission before it
creates, overwrites or publishes pages and snippets. Here each of its writing endpoints
asks what Wagtail would ask for the same effect:

- translate a page (with or without its subtree), or sync translations: edit rights in
  each target locale's tree (its home page), and publish rights there to publish; into a
  locale without a tree yet (copied from the source's parent pages), the rights to add
  pages where its home page would go;
- translate or sync a snippet (audience roles, themes): the rights to add and change it;
- convert a translation back to an alias (which replaces a live page with its source):
  publish rights on that page;
- upload a PO file: it must be one exported for a translation (wagtail-localize answers
  a file without its header with a server error).

Refused requests go back to where they came from with a message, and change nothing.
Its own machine-translation address is sent on to Samling's (`programme_translation`),
which fills from the translation memory and the term base before Apertium.
So do machine translations that fail (Apertium missing, slow or broken): wagtail-localize
would answer them with an error page.
"""

import tempfile

import polib

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Locale, Page
from wagtail.snippets.views.snippets import get_snippet_model_from_url_params
from wagtail_localize.models import TranslationSource
from wagtail_localize.tasks import background

from .machine_translation import MachineTranslationFailed, TooLongForRequest
from .programme_translation import machine_translate_page

SUBMIT = "wagtail_localize:submit_page_translation"
SUBMIT_SNIPPET = "wagtail_localize:submit_snippet_translation"
SYNC = "wagtail_localize:update_translations"
CONVERT = "wagtail_localize:convert_to_alias"
UPLOAD_PO = "wagtail_localize:upload_pofile"
MACHINE_TRANSLATE = "wagtail_localize:machine_translate"
GUARDED = (SUBMIT, SUBMIT_SNIPPET, SYNC, CONVERT, UPLOAD_PO)
MAX_PO_BYTES = 5 * 1024 * 1024  # a programme's largest page exports to about 100 KB


def site_root(page):
    site = page.get_site()
    return site.root_page if site else page.get_ancestors(inclusive=True).filter(depth=2).first()


def locale_root(page, locale):
    """The home page of `page`'s site in `locale` (where that locale's rights are granted)."""
    root = site_root(page)
    return root.get_translation_or_none(locale) if root else None


def may_translate_into(user, page, locale, publish):
    """May `user` write (and publish) a translation of `page` into `locale`? Into a
    locale that has no tree yet, wagtail-localize's "copy parent pages" creates its home
    page: for those who may add (and publish) pages where that home page would go."""
    root = locale_root(page, locale)
    if root is not None:
        perms = root.permissions_for_user(user)
        return perms.can_edit() and (not publish or perms.can_publish())
    home = site_root(page)
    if home is None or home.is_root():
        return False
    perms = home.get_parent().permissions_for_user(user)
    return perms.can_add_subpage() and (not publish or perms.can_publish_subpage())


def forbidden_locales(user, page, locales, publish=False):
    return [locale for locale in locales if not may_translate_into(user, page, locale, publish)]


def may_change_snippets(user, model):
    opts = model._meta
    return user.has_perms(
        [f"{opts.app_label}.add_{opts.model_name}", f"{opts.app_label}.change_{opts.model_name}"]
    )


def snippet_model(app_label, model_name):
    """The snippet model the URL names, or None (wagtail-localize then answers 404)."""
    try:
        return get_snippet_model_from_url_params(app_label, model_name)
    except Http404:
        return None


def source_of(source_id):
    """(TranslationSource, its source object) or (None, None)."""
    source = TranslationSource.objects.filter(pk=source_id).first()
    try:
        return source, source.get_source_instance() if source else None
    except ObjectDoesNotExist:
        return None, None


def refusal_for_pages(request, page, locales, publish):
    refused = forbidden_locales(request.user, page, locales, publish)
    if not refused:
        return None
    names = ", ".join(locale.get_display_name() for locale in refused)
    if publish:
        return _("You may not translate into or publish in: %(locales)s.") % {"locales": names}
    return _("You may not translate into or update pages in: %(locales)s.") % {"locales": names}


def snippet_refusal(request, model):
    if model is None or may_change_snippets(request.user, model):
        return None
    return _("You may not add or change %(things)s, so you may not translate them.") % {
        "things": model._meta.verbose_name_plural
    }


def submit_refusal(request, kwargs):
    page = Page.objects.filter(pk=kwargs["page_id"]).first()
    if page is None:
        return None  # wagtail-localize answers with its own 404
    ids = [value for value in request.POST.getlist("locales") if value.isdigit()]
    return refusal_for_pages(request, page, Locale.objects.filter(pk__in=ids), False)


def sync_refusal(request, kwargs):
    source, instance = source_of(kwargs["translation_source_id"])
    if instance is None:
        return None
    if not isinstance(instance, Page):
        return snippet_refusal(request, type(instance))
    locales = Locale.objects.filter(translations__source=source, translations__enabled=True)
    publish = bool(request.POST.get("publish_translations"))
    return refusal_for_pages(request, instance, locales, publish)


def convert_refusal(request, kwargs):
    page = Page.objects.filter(pk=kwargs["page_id"]).first()
    if page is None or page.permissions_for_user(request.user).can_publish():
        return None
    return _(
        "Only someone who may publish this page may replace it with the original. "
        "Send your changes for review instead."
    )


def po_refusal(request):
    """Why an uploaded PO file cannot be imported, or None. Read from a file of its own,
    as wagtail-localize does: polib takes a string that is a path as a file to open."""
    upload = request.FILES.get("file")
    if upload is None or upload.size > MAX_PO_BYTES:
        return _("Choose a PO file of at most 5 MB, exported from this translation.")
    with tempfile.NamedTemporaryFile(suffix=".po") as copy:
        for chunk in upload.chunks():
            copy.write(chunk)
        copy.flush()
        try:
            metadata = polib.pofile(copy.name).metadata
        except (OSError, UnicodeDecodeError, ValueError):
            metadata = {}
    upload.seek(0)
    if "X-WagtailLocalize-TranslationID" not in metadata:
        return _("The file is not a PO file exported from a translation. Export it again.")
    return None


def refusal(request, view_name, kwargs):
    """The message that refuses this request, or None when it may go ahead."""
    if view_name == CONVERT:  # its confirmation page too: it offers nothing else
        return convert_refusal(request, kwargs)
    if request.method != "POST":
        return None
    if view_name == UPLOAD_PO:
        return po_refusal(request)
    if view_name == SUBMIT:
        return submit_refusal(request, kwargs)
    if view_name == SUBMIT_SNIPPET:
        return snippet_refusal(request, snippet_model(kwargs["app_label"], kwargs["model_name"]))
    return sync_refusal(request, kwargs)


class TranslationGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match.view_name == MACHINE_TRANSLATE:  # the same chain and marks as the editor's
            ours = reverse("machine_translate_translation", args=[view_kwargs["translation_id"]])
            return HttpResponseRedirect(ours, preserve_request=True)  # posted again (307)
        if match.view_name not in GUARDED:
            return None
        message = refusal(request, match.view_name, view_kwargs)
        if message is None:
            return None
        messages.error(request, message)
        if match.view_name == CONVERT:
            return redirect(reverse("wagtailadmin_pages:edit", args=[view_kwargs["page_id"]]))
        if match.view_name == UPLOAD_PO:  # a POST-only address: back to the editor
            return redirect(
                get_valid_next_url_from_request(request) or reverse("wagtailadmin_home")
            )
        return redirect(request.get_full_path())

    def process_exception(self, request, exception):
        if isinstance(exception, TooLongForRequest):
            translation_id = request.resolver_match.kwargs["translation_id"]
            background.enqueue(machine_translate_page, [translation_id, request.user.pk], {})
            messages.success(
                request,
                _(
                    "The page is long, so it is being translated in the background. "
                    "Reload the page in a minute to read the translation."
                ),
            )
        elif isinstance(exception, MachineTranslationFailed):
            messages.error(
                request,
                _(
                    "Machine translation failed, so nothing was changed. Try again later, "
                    "or translate by hand."
                ),
            )
        else:
            return None
        return redirect(get_valid_next_url_from_request(request) or request.get_full_path())
