"""A translation goes to "Faglig godkjenning" like any other change.

wagtail-localize's translation editor offers only "Publish", which translators may not
do, and keeps the translated strings apart from the page until it publishes. Submitting
saves the strings as a new draft of the page (never touching the live version, see
`translation_drafts`) and starts the page's workflow, or resumes it where the approver
asked for changes. Approvers then find it under "Awaiting your review" and publish it or
send it back with a comment, as for any page.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods

from wagtail.models import Page, WorkflowState

from base.translated_slugs import translation_of


def can_submit(user, page):
    """May `user` send the translation that `page` is to review now?"""
    if page.get_workflow() is None or not page.permissions_for_user(user).can_edit():
        return False
    state = page.current_workflow_state
    return state is None or state.status == WorkflowState.STATUS_NEEDS_CHANGES


def submit(page, translation, user):
    """Save the translated strings as the page's latest draft and send it to review.
    Raises ValidationError, with the error set on its string, for a translation that
    could not be published; nothing is sent then."""
    translation.save_target(user=user, publish=False)
    with transaction.atomic():
        page = Page.objects.get(pk=page.pk).specific
        state = page.current_workflow_state
        if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            state.resume(user)
        else:
            page.get_workflow().start(page, user)
    return page


def validation_message(error):
    """The errors of a translation that cannot be saved, in one sentence per field."""
    return " ".join(" ".join(messages_) for messages_ in error.message_dict.values())


def pages_below(page, user):
    """The translated pages below `page` that `user` may send to review now, with their
    translations (a programme's modules, goals and tasks)."""
    for below in page.get_descendants().specific():
        translation = translation_of(below)
        if translation is not None and can_submit(user, below):
            yield below, translation


def submit_below(page, user):
    """Send each translated page below `page` to review: (titles sent, titles refused)."""
    sent, refused = [], []
    for below, translation in pages_below(page, user):
        try:
            submit(below, translation, user)
        except ValidationError:
            refused.append(below.title)  # its errors are marked on its strings
        else:
            sent.append(below.title)
    return sent, refused


def report_below(request, sent, refused):
    if sent:
        messages.success(
            request,
            ngettext(
                "%(count)s page below it was sent for review too.",
                "%(count)s pages below it were sent for review too.",
                len(sent),
            )
            % {"count": len(sent)},
        )
    if refused:
        messages.error(
            request,
            _("Not sent, because a text is not valid (marked in its translation): %(titles)s")
            % {"titles": ", ".join(refused)},
        )


@require_http_methods(["GET", "POST"])
def submit_translation(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    translation = translation_of(page)
    if translation is None:
        raise Http404
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    if not can_submit(request.user, page):
        messages.warning(request, _("This translation is already awaiting review."))
        return redirect(edit_url)
    if request.method == "POST":
        try:
            submit(page, translation, request.user)
        except ValidationError as error:
            messages.error(
                request,
                _("The translation was not sent: %(errors)s Correct the marked text.")
                % {"errors": validation_message(error)},
            )
            return redirect(edit_url)
        messages.success(
            request,
            _("The translation “%(title)s” was sent for review.") % {"title": page.title},
        )
        if request.POST.get("below"):
            report_below(request, *submit_below(page, request.user))
        return redirect(edit_url)
    return TemplateResponse(
        request,
        "editorial/submit_translation.html",
        {
            "page": page,
            "translation": translation,
            "below_count": len(list(pages_below(page, request.user))),
            "edit_url": edit_url,
            "page_title": _("Submit translation for review"),
            "page_subtitle": page.get_admin_display_title(),
            "header_icon": "wagtail-localize-language",
        },
    )
