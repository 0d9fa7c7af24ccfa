"""The translation beside its source, for the approver to read before approving it.

Shown in the approval dialog (the reading approval task's template, from the dashboard
or the page) and on a page of its own ("Read side by side") linked from the translation
editor's review bar, which is also where an approver publishes a translation with marked
texts outside review: the editors' "Publish" leads there first. Marked: texts nobody
edited after machine translation, texts from the translation memory, and term-base misses.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from wagtail.models import Page

from base.translated_slugs import translation_of

from .models import checks_for
from .translation_checks import rows, summary


def reading(page):
    """What the comparison shows of `page`, or None when it is no translation."""
    translation = translation_of(page)
    if translation is None:
        return None
    return {
        "source_locale": translation.source.locale.get_display_name(),
        "target_locale": translation.target_locale.get_display_name(),
        "rows": rows(translation, page.last_published_at),
        "summary": summary(page, translation),
        "translation": translation,
    }


def may_read(user, page):
    """Those who may edit the page, and the approvers of the task it is on."""
    if page.permissions_for_user(user).can_edit():
        return True
    state = page.current_workflow_task_state
    return state is not None and state.task.specific.user_can_access_editor(page, user)


def publishing(request):
    """Is this POST to the page editor a publish (Wagtail's, or wagtail-localize's)?"""
    return request.POST.get("action") == "publish" or "action-publish" in request.POST


def read_before_publishing(request, page):
    """before_edit_page: publishing a translation with marked texts from the editor goes
    through the side-by-side reading first, as approving it does."""
    if request.method != "POST" or not publishing(request):
        return None
    if not checks_for(page).to_confirm:
        return None
    messages.warning(request, _("Read the marked texts side by side before you publish."))
    return redirect("compare_translation", page.pk)


def publish_after_reading(request, page, translation, checks):
    """The comparison's "Publish": for those who may publish, once the marked texts are
    confirmed as read; the page's translation is published as wagtail-localize would."""
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    if checks.to_confirm and not request.POST.get("read"):
        messages.error(
            request, _("Confirm that you have read the marked texts, or request changes.")
        )
        return redirect("compare_translation", page.pk)
    try:
        translation.save_target(user=request.user, publish=True)
    except ValidationError:
        messages.error(
            request, _("The translation has texts that are not valid: correct them first.")
        )
    else:
        messages.success(request, _("“%(title)s” was published.") % {"title": page.title})
    return redirect("wagtailadmin_pages:edit", page.pk)


@require_http_methods(["GET", "POST"])
def compare(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not may_read(request.user, page):
        raise PermissionDenied
    context = reading(page)
    if context is None:
        raise Http404
    if request.method == "POST":
        return publish_after_reading(request, page, context["translation"], context["summary"])
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
            "may_publish": state is None and page.permissions_for_user(request.user).can_publish(),
            "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
            "page_title": _("Read side by side"),
            "page_subtitle": page.get_admin_display_title(),
            "header_icon": "wagtail-localize-language",
        },
    )
