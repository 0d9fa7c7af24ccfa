"""A whole translated programme filled by machine translation in one background job.

From the translated programme's page, "Machine-translate the whole programme" fills the
untranslated text of the programme and every page below it that the editor may change,
in the background job queue (`wagtail_localize.tasks.background`, run in the request
when Redis is down). Each page gets a new draft; nothing is published. The translated
text is marked as machine translated in the translation editor, and every page still
goes through review as any translation does.
"""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from wagtail.models import Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.tasks import background
from wagtail_localize.views.edit_translation import apply_machine_translation

from base.translated_slugs import translation_of

from .machine_translation import in_background


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
        for _page, translation in pages_to_translate(programme, user):
            if apply_machine_translation(translation.pk, user, translator):
                translation.save_target(user=user, publish=False)
                filled += 1
    return filled


def machine_translate_page(translation_id, user_id):
    """The background job for one click on a long page: what the click would have done
    in the request (the segments filled, for the translator to read and save)."""
    user = get_user_model().objects.get(pk=user_id)
    translator = get_machine_translator()
    if translator is not None:
        with in_background():
            apply_machine_translation(translation_id, user, translator)


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
