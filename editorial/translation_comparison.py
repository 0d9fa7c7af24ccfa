"""The translation beside its source, for the approver to read before approving it.

Shown in the approval dialog (the reading approval task's template, from the dashboard
or the page) and on a page of its own ("Read side by side") linked from the translation
editor's review bar. Marked: texts nobody edited after machine translation, texts from
the translation memory, and term-base misses.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.models import Page

from base.translated_slugs import translation_of

from .translation_checks import rows, summary


def reading(page):
    """What the comparison shows of `page`, or None when it is no translation."""
    translation = translation_of(page)
    if translation is None:
        return None
    published = page.last_published_at if not page.has_unpublished_changes else None
    return {
        "source_locale": translation.source.locale.get_display_name(),
        "target_locale": translation.target_locale.get_display_name(),
        "rows": rows(translation, page.last_published_at),
        "summary": summary(page, translation),
        "published": published,
    }


def may_read(user, page):
    """Those who may edit the page, and the approvers of the task it is on."""
    if page.permissions_for_user(user).can_edit():
        return True
    state = page.current_workflow_task_state
    return state is not None and state.task.specific.user_can_access_editor(page, user)


def compare(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not may_read(request.user, page):
        raise PermissionDenied
    context = reading(page)
    if context is None:
        raise Http404
    state = page.current_workflow_task_state
    actions = state.task.specific.get_actions(page, request.user) if state else []
    return TemplateResponse(
        request,
        "editorial/compare_translation.html",
        {
            **context,
            "page": page,
            "task_state": state,
            "may_approve": any(name == "approve" for name, _label, _modal in actions),
            "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
            "page_title": _("Read side by side"),
            "page_subtitle": page.get_admin_display_title(),
            "header_icon": "wagtail-localize-language",
        },
    )
