"""The team's answer, a personal note, sharing, and a facilitator's proposed result."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from cohorts.forms import OneLineField
from programme.shared_results import SharedResultPage

from .models import MAX_ANSWER_LENGTH

MAX_VERSION = 2**31 - 1


def no_control_characters(value):
    """Line breaks and tabs belong in an answer; other control characters do not."""
    if any(not (c.isprintable() or c in "\r\n\t") for c in value):
        raise ValidationError(_("The text contains characters that cannot be saved."))


class LongTextField(forms.CharField):
    default_validators = [no_control_characters]

    def __init__(self, **kwargs):
        super().__init__(
            max_length=MAX_ANSWER_LENGTH,
            required=False,
            widget=forms.Textarea(attrs={"rows": 12}),
            **kwargs,
        )


class AnswerForm(forms.Form):
    text = LongTextField(label=_("Your team's answer"))
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0, max_value=MAX_VERSION)

    def clean(self):
        """A hidden field shows no error of its own: say it for the whole form."""
        if self._errors.pop("version", None):
            self.add_error(None, _("The page is out of date. Reload it and try again."))
        return super().clean()


class NoteForm(forms.Form):
    text = LongTextField(label=_("Your note"), help_text=_("Only you can see it."))


class SharingForm(forms.Form):
    shared = forms.BooleanField(
        label=_("Share our answer with the whole cohort"),
        required=False,
        help_text=_("Otherwise only your team and the facilitators see it."),
    )
    consent = forms.BooleanField(
        label=_("The facilitators may propose our answer as a shared result"),
        required=False,
        help_text=_(
            "A shared result is published on the programme's pages for other"
            " municipalities, after review. Your names are not published."
        ),
    )


class ProposeForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=SharedResultPage.KINDS)
    title = OneLineField(label=_("Title"), max_length=255)
    summary = forms.CharField(
        label=_("Summary"),
        max_length=400,
        widget=forms.Textarea(attrs={"rows": 3}),
        validators=[no_control_characters],
        help_text=_("One or two sentences shown in lists."),
    )
    text = forms.CharField(
        label=_("Result"),
        max_length=MAX_ANSWER_LENGTH,
        widget=forms.Textarea(attrs={"rows": 12}),
        validators=[no_control_characters],
        help_text=_("Edit out anything that names or points to a person."),
    )
