"""What editors may upload as documents: an allow-list of office, PDF and text formats,
checked by extension, by content and by size, in the editor's language."""

from django import forms
from django.conf import settings

from wagtail.documents.forms import BaseDocumentForm

from security.uploads import upload_errors

from .document_rules import MOVE_REFUSED, may_move

MAX_UNPACKED = 250 * 1024 * 1024
MAX_PARTS = 5000


def allowed_extensions():
    return sorted(settings.WAGTAILDOCS_EXTENSIONS)


def document_errors(upload):
    """Reasons, in the active language, why `upload` may not become a document."""
    return upload_errors(
        upload, allowed_extensions(), settings.SAMLING_DOCUMENT_MAX_SIZE, MAX_UNPACKED, MAX_PARTS
    )


class SafeDocumentForm(BaseDocumentForm):
    def __init__(self, *args, **kwargs):
        self.user = kwargs.get("user")
        super().__init__(*args, **kwargs)

    def clean_collection(self):
        target = self.cleaned_data.get("collection")
        source = self.instance.collection if self.instance.pk else None
        if self.user is not None and not may_move(self.user, source, target):
            raise forms.ValidationError(MOVE_REFUSED)
        return target

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data:
            errors = document_errors(upload)
            if errors:
                raise forms.ValidationError(errors)
        return upload
