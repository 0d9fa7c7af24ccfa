"""The review task that reads a machine translation before approving it."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from wagtail.forms import TaskStateCommentForm
from wagtail.models import GroupApprovalTask, Page, TaskState

from base.translated_slugs import translation_of

from .translation_checks import Summary, summary


def checks_for(obj):
    """What an approver must confirm for `obj` (a page in review)."""
    if not isinstance(obj, Page):
        return Summary(0, 0, 0)
    return summary(obj, translation_of(obj))


class ReadAndApproveForm(TaskStateCommentForm):
    """The approval's comment, and for a translation with unread machine-translated texts
    or missing terms, the approver's word that they have read them."""

    comment = forms.CharField(
        label=_("Comment"), required=False, widget=forms.Textarea({"rows": 2})
    )
    read = forms.BooleanField(required=False)
    reading_of = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def clean(self):
        data = super().clean()
        state = TaskState.objects.filter(pk=data.get("reading_of") or 0).first()
        page = state.workflow_state.content_object if state else None
        if checks_for(page).to_confirm and not data.get("read"):
            self.add_error(
                "read", _("Confirm that you have read the marked texts, or request changes.")
            )
        return data


class ReadingApprovalTask(GroupApprovalTask):
    """Wagtail's group approval, except that a translated page with machine-translated
    texts nobody has edited, or with term-base misses, is approved only from the
    side-by-side reading (the approval dialog), after one more confirmation that says
    how many. Nothing else changes: the same groups approve, lock and edit."""

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if not actions or not checks_for(obj).to_confirm:
            return actions
        return [
            ("reject", _("Request changes"), True),
            ("approve", _("Read and approve"), True),
        ]

    def get_form_for_action(self, action):
        return ReadAndApproveForm if action == "approve" else super().get_form_for_action(action)

    def get_template_for_action(self, action):
        if action == "approve":
            return "editorial/read_and_approve_modal.html"
        return super().get_template_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        read = kwargs.pop("read", False)
        kwargs.pop("reading_of", None)
        page = task_state.workflow_state.content_object
        if action_name == "approve" and not read and checks_for(page).to_confirm:
            raise PermissionDenied  # only a crafted request gets here: the form asks
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups approve; a machine translation is read side by "
            "side with its source first."
        )

    class Meta:
        verbose_name = _("Reading approval task")
        verbose_name_plural = _("Reading approval tasks")
