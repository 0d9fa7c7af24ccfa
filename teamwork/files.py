"""Files in team answers: checked by content before they are kept, kept under a random
name, and served only to those who may read the answer (teamwork.views, with
base.downloads.private_stream)."""

import unicodedata
from pathlib import PurePosixPath

from django.conf import settings
from django.utils.text import get_valid_filename

from security.uploads import upload_errors

from .models import AnswerFile

# Office documents, PDF and the images a phone takes; checked by content too.
ALLOWED = {"pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "png", "jpg", "jpeg", "webp", "heic"}
MAX_UNPACKED = 60 * 1024 * 1024
MAX_PARTS = 2000
MAX_NAME = 100


def file_errors(upload):
    return upload_errors(
        upload, ALLOWED, settings.SAMLING_ANSWER_FILE_MAX_SIZE, MAX_UNPACKED, MAX_PARTS
    )


def clean_name(name):
    """The name as the team knows it ("Årshjul Hamar.xlsx"), without folders, control
    characters or anything a file system or a header would read otherwise."""
    name = unicodedata.normalize("NFC", PurePosixPath(name.replace("\\", "/")).name)
    name = "".join(c for c in name if c.isprintable())
    stem, suffix = PurePosixPath(name).stem, PurePosixPath(name).suffix.lower()
    cleaned = get_valid_filename(stem.strip()[: MAX_NAME - len(suffix)] or "fil")
    return f"{cleaned}{suffix}"


def keep(upload, answer, draft, user):
    """The uploaded file, waiting in `draft` until its writer saves the answer."""
    return AnswerFile.objects.create(
        answer=answer,
        draft=draft,
        file=upload,
        name=clean_name(upload.name),
        size=upload.size,
        uploaded_by=user,
    )


def delete_stored(sender, instance, **kwargs):
    """A file goes from storage with its row: a discarded draft, a team deleted at
    retention (the cascade sends post_delete per row)."""
    instance.file.delete(save=False)
