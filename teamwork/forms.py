"""The team's answer (with its files and who sees it), a draft, a personal note, and a
facilitator's proposed result."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from cohorts.forms import OneLineField
from programme.shared_results import SharedResultPage

from .files import ALLOWED, file_errors
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


class FilesInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class FilesField(forms.FileField):
    """Several files at once; each is checked by content (teamwork.files)."""

    widget = FilesInput

    def clean(self, data, initial=None):
        uploads = data if isinstance(data, list | tuple) else [data] if data else []
        errors = []
        for upload in uploads:
            super().clean(upload, initial)
            errors += [f"{upload.name}: {problem}" for problem in file_errors(upload)]
        if errors:
            raise ValidationError(errors)
        return uploads


class AnswerForm(forms.Form):
    """The team's answer, its files and who sees it: one form, one save."""

    text = LongTextField(label=_("Your team's answer"))
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0, max_value=MAX_VERSION)
    files = FilesField(
        label=_("Add files"),
        required=False,
        widget=FilesInput(attrs={"accept": ",".join(f".{e}" for e in sorted(ALLOWED))}),
    )
    remove = forms.TypedMultipleChoiceField(
        label=_("Remove from the answer"),
        required=False,
        coerce=int,
        choices=[],
        widget=forms.CheckboxSelectMultiple,
    )
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

    def __init__(self, *args, files_now=(), waiting=0, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["remove"].choices = [(f.pk, f.name) for f in files_now]
        self.room = settings.SAMLING_ANSWER_MAX_FILES - len(files_now) - waiting
        self.fields["files"].help_text = gettext(
            "Office documents, PDF or pictures (PNG, JPEG, WebP, HEIC), up to %(size)s each."
        ) % {"size": filesizeformat(settings.SAMLING_ANSWER_FILE_MAX_SIZE)}

    def clean(self):
        """A hidden field shows no error of its own: say it for the whole form."""
        if self._errors.pop("version", None):
            self.add_error(None, _("The page is out of date. Reload it and try again."))
        cleaned = super().clean()
        added = len(cleaned.get("files") or []) - len(cleaned.get("remove") or [])
        if added > self.room:
            self.add_error(
                "files",
                _("An answer holds at most %(count)d files. Remove one to add another.")
                % {"count": settings.SAMLING_ANSWER_MAX_FILES},
            )
        return cleaned


class DraftForm(forms.Form):
    text = LongTextField()
    version = forms.IntegerField(min_value=0, max_value=MAX_VERSION)


class NoteForm(forms.Form):
    text = LongTextField(label=_("Your note"), help_text=_("Only you can see it."))


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
