"""Machine translation from the translation editor: one page in the request, or a
translated programme with its pages in one background job.

The editor's one button ("Translate on this server") fills the page's untranslated
text by the chain (`machine_translation.fill`: memory, term base, Apertium); with "and
the pages below it" ticked, or from the page header's "Machine-translate this page and
the pages below it", every page below that the editor may change is filled in the
background job queue (`wagtail_localize.tasks.background`, run in the request when
Redis is down). Each page gets a new draft; nothing is published. The filled text is
marked in the translation editor, and every page still goes through review.
"""

import logging

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.tasks import background

from base.translated_slugs import translation_of
from translation_memory.models import CLOSE_MATCH, RememberedTranslation

from .machine_translation import fill, in_background
from .translation_checks import machine_filled

logger = logging.getLogger(__name__)


def translator_for(page):
    """The machine translator that can translate into `page`'s language, or None."""
    translation = translation_of(page)
    translator = get_machine_translator()
    if translation is None or translator is None:
        return None
    source = translation.source.locale
    return translator if translator.can_translate(source, translation.target_locale) else None


def can_translate_below(user, page):
    """Is there a machine translator for `page`, with pages below it that `user` may change?"""
    return (
        page.get_children().exists()
        and page.permissions_for_user(user).can_edit()
        and translator_for(page) is not None
    )


def pages_to_translate(programme, user):
    """The translated pages of the programme that `user` may change, with their translations."""
    for page in programme.get_descendants(inclusive=True).specific():
        translation = translation_of(page)
        if translation is not None and page.permissions_for_user(user).can_edit():
            yield page, translation


def machine_translate_programme(programme_id, user_id):
    """The background job: fill each page's untranslated text and save it as a draft."""
    programme = Page.objects.get(pk=programme_id)
    user = get_user_model().objects.get(pk=user_id)
    translator = translator_for(programme)
    if translator is None:
        return 0
    filled = 0
    with in_background():
        for page, translation in pages_to_translate(programme, user):
            if fill(translation, user):
                try:
                    translation.save_target(user=user, publish=False)
                except ValidationError:
                    logger.warning("page %s: its translation is not valid yet", page.pk)
                filled += 1
    return filled


def machine_translate_page(translation_id, user_id):
    """The background job for one click on a long page: what the click would have done
    in the request (the segments filled, for the translator to read and save)."""
    user = get_user_model().objects.get(pk=user_id)
    with in_background():
        fill(Translation.objects.get(pk=translation_id), user)


@require_http_methods(["GET", "POST"])
def machine_translate_view(request, page_id):
    programme = get_object_or_404(Page, pk=page_id).specific
    translator = translator_for(programme)
    if translator is None:
        raise Http404
    if not programme.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[programme.pk])
    if request.method == "POST":
        background.enqueue(machine_translate_programme, [programme.pk, request.user.pk], {})
        messages.success(
            request,
            _(
                "%(tool)s is translating “%(title)s” and its pages. Each page gets a new "
                "draft: read it through and send it for review."
            )
            % {"tool": translator.display_name, "title": programme.title},
        )
        return redirect(edit_url)
    pages = list(pages_to_translate(programme, request.user))
    return TemplateResponse(
        request,
        "editorial/machine_translate_programme.html",
        {
            "programme": programme,
            "page_count": len(pages),
            "tool": translator.display_name,
            "edit_url": edit_url,
            "page_title": _("Machine-translate this page and the pages below it"),
            "page_subtitle": programme.get_admin_display_title(),
            "header_icon": "wagtail-localize-language",
        },
    )


def editable_translation(user, translation_id):
    """(Translation, its target page) when `user` may change that page; else refused."""
    translation = get_object_or_404(Translation, pk=translation_id)
    page = translation.get_target_instance()
    if not isinstance(page, Page) or not page.permissions_for_user(user).can_edit():
        raise PermissionDenied
    return translation, page


@require_POST
def machine_translate_translation(request, translation_id):
    """The translation editor's button: this page now, or with the pages below it in the
    background. Refusals and failures come back as messages (translation_guard)."""
    translation, page = editable_translation(request.user, translation_id)
    next_url = get_valid_next_url_from_request(request) or reverse(
        "wagtailadmin_pages:edit", args=[page.pk]
    )
    if request.POST.get("below") and can_translate_below(request.user, page):
        background.enqueue(machine_translate_programme, [page.pk, request.user.pk], {})
        messages.success(request, below_message(page))
    elif fill(translation, request.user):
        messages.success(request, filled_message(translation))
    else:
        messages.warning(request, _("There is nothing left to translate on this page."))
    return redirect(next_url)


def below_message(page):
    return _(
        "“%(title)s” and its pages are being translated on this server. Each page gets a "
        "new draft: read it through and send it for review."
    ) % {"title": page.title}


def filled_message(translation):
    """How many texts the memory and the machine filled, for the translator to read."""
    counts = machine_filled(translation)
    return (
        _(
            "Filled on this server: %(memory)s texts from the translation memory and "
            "%(machine)s by Apertium. Read them before you send the translation for review."
        )
        % counts
    )


@require_POST
def use_close_match(request, translation_id):
    """The translation editor's "Use" beside a close match from the memory: its
    translation goes into the text, marked as taken from a close match, so it still
    counts as unread until someone edits it (the source differs)."""
    translation, page = editable_translation(request.user, translation_id)
    segment = get_object_or_404(
        StringSegment, pk=request.POST.get("segment", 0) or 0, source=translation.source
    )
    memory = get_object_or_404(
        RememberedTranslation,
        pk=request.POST.get("memory", 0) or 0,
        source_language=translation.source.locale.language_code,
        target_language=translation.target_locale.language_code,
    )
    StringTranslation.objects.update_or_create(
        translation_of_id=segment.string_id,
        locale_id=translation.target_locale_id,
        context_id=segment.context_id,
        defaults={
            "data": memory.target_text,
            "translation_type": StringTranslation.TRANSLATION_TYPE_MACHINE,
            "tool_name": CLOSE_MATCH,
            "last_translated_by": request.user,
            "has_error": False,
            "field_error": "",
        },
    )
    messages.success(
        request, _("The remembered translation is in the text: adapt it to this page.")
    )
    return redirect("wagtailadmin_pages:edit", page.pk)
