"""What editors may upload as documents: an allow-list of office, PDF and text formats,
checked by extension, by content and by size, in the editor's language."""

from pathlib import PurePosixPath

import filetype

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from wagtail.documents.forms import BaseDocumentForm

from security.archives import ArchiveTooLarge, check_archive

from .document_rules import MOVE_REFUSED, may_move

# Extension -> the content types (as `filetype` names them) such a file may hold.
OLE = {"doc", "xls", "ppt"}  # the pre-2007 Office formats share one container
CONTENT = {
    "pdf": {"pdf"},
    "docx": {"docx"},
    "xlsx": {"xlsx"},
    "pptx": {"pptx"},
    "odt": {"odt"},
    "ods": {"ods"},
    "odp": {"odp"},
    "doc": OLE,
    "xls": OLE,
    "ppt": OLE,
    "rtf": {"rtf"},
    "txt": None,  # plain text: no binary signature
    "csv": None,
}
# Never part of a name, even before the last dot ("program.pdf.html", "x.html.pdf").
ACTIVE_EXTENSIONS = {"htm", "html", "xhtml", "svg", "js", "mjs", "php", "exe", "bat", "sh", "xml"}
MARKUP = (b"<!doctype", b"<html", b"<script", b"<svg", b"<?xml")
# Office and OpenDocument files are zip archives: checked unpacked too (a zip bomb is
# refused before anything, a search indexer or a reader's office suite, opens it).
ARCHIVES = {"docx", "xlsx", "pptx", "odt", "ods", "odp"}
MAX_UNPACKED = 250 * 1024 * 1024
MAX_PARTS = 5000


def suffixes(name):
    return [suffix.lstrip(".").lower() for suffix in PurePosixPath(name).suffixes]


def allowed_extensions():
    return sorted(settings.WAGTAILDOCS_EXTENSIONS)


def looks_like_text(head):
    stripped = head.lstrip().lower()
    return b"\x00" not in head and not stripped.startswith(MARKUP)


def content_error(upload, extension):
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    expected = CONTENT.get(extension)
    kind = filetype.guess(head)
    if expected is None:
        return None if kind is None and looks_like_text(head) else _("The file is not plain text.")
    if kind is None or kind.extension not in expected:
        return _("The file’s content is not what its extension (.%(ext)s) says.") % {
            "ext": extension
        }
    return None


def document_errors(upload):
    """Reasons, in the active language, why `upload` may not become a document."""
    parts = suffixes(upload.name)
    extension = parts[-1] if parts else ""
    if extension not in allowed_extensions() or extension not in CONTENT:
        return [
            _("Files of type “%(ext)s” cannot be uploaded. Allowed types: %(allowed)s.")
            % {"ext": extension or "?", "allowed": ", ".join(allowed_extensions())}
        ]
    if ACTIVE_EXTENSIONS.intersection(parts):
        return [_("The file name hides another file type (%(name)s).") % {"name": upload.name}]
    if upload.size > settings.SAMLING_DOCUMENT_MAX_SIZE:
        return [
            _("The file is %(size)s; the limit is %(limit)s.")
            % {
                "size": filesizeformat(upload.size),
                "limit": filesizeformat(settings.SAMLING_DOCUMENT_MAX_SIZE),
            }
        ]
    problem = content_error(upload, extension) or archive_error(upload, extension)
    return [problem] if problem else []


def archive_error(upload, extension):
    if extension not in ARCHIVES:
        return None
    try:
        check_archive(upload, MAX_UNPACKED, MAX_PARTS)
    except ArchiveTooLarge:
        return _("The file unpacks to more than %(limit)s, or has too many parts.") % {
            "limit": filesizeformat(MAX_UNPACKED)
        }
    return None


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
