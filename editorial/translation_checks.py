"""What a reviewer should know about a translated page: which texts nobody has read
since the machine filled them, which came from the translation memory, and where the
translation lacks the term base's word for a term in the source.

A text counts as unread while wagtail-localize still marks it as machine translated and
it was filled after the page was last published: editing it in the translation editor
makes it the person's (`TRANSLATION_TYPE_MANUAL`), and publishing the page is the
approver's reading of it. A term-base miss counts in a text changed since that publish.
"""

from dataclasses import dataclass, field

from wagtail_localize.models import StringSegment, StringTranslation

from terms import matching
from translation_memory.models import TOOL_NAME as MEMORY


@dataclass
class Row:
    """One text of the page: the source and its translation, side by side."""

    source: str
    target: str | None
    location: str
    segment_id: int | None = None
    machine: bool = False
    memory: bool = False
    tool: str = ""
    misses: list = field(default_factory=list)

    @property
    def unread(self):
        return self.machine and not self.memory


def translated_strings(translation):
    """{(string id, context id): StringTranslation} of `translation`'s target locale."""
    strings = StringTranslation.objects.filter(
        locale_id=translation.target_locale_id,
        context__object_id=translation.source.object_id,
    )
    return {(each.translation_of_id, each.context_id): each for each in strings}


def rows(translation, read_at=None):
    """The page's texts in order, each with what the reviewer should know of it; a text
    unchanged since `read_at` (the page's last publish) counts as read."""
    done = translated_strings(translation)
    term_pairs = matching.pairs(
        translation.source.locale.language_code, translation.target_locale.language_code
    )
    segments = (
        StringSegment.objects.filter(source=translation.source)
        .select_related("string", "context")
        .order_by("order")
    )
    found = []
    for segment in segments:
        string = done.get((segment.string_id, segment.context_id))
        target = string.data if string else None
        row = Row(segment.string.data, target, segment.context.path, segment.pk)
        if string is not None:
            changed = read_at is None or string.updated_at > read_at
            machine = string.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE
            row.machine = machine and changed
            row.memory = string.tool_name == MEMORY
            row.tool = string.tool_name
            row.misses = matching.misses(row.source, row.target, term_pairs) if changed else []
        found.append(row)
    return found


@dataclass(frozen=True)
class Summary:
    unread: int
    misses: int
    memory: int

    @property
    def to_confirm(self):
        return self.unread + self.misses


def summary(page, translation):
    """The counts the review shows and the approval asks to confirm."""
    if translation is None:
        return Summary(0, 0, 0)
    found = rows(translation, page.last_published_at)
    return Summary(
        unread=sum(row.unread for row in found),
        misses=sum(bool(row.misses) for row in found),
        memory=sum(row.memory for row in found),
    )


def machine_filled(translation):
    """{"memory": texts filled from the memory, "machine": by Apertium} on the page now."""
    machine = StringTranslation.objects.filter(
        locale_id=translation.target_locale_id,
        context__object_id=translation.source.object_id,
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
    )
    memory = machine.filter(tool_name=MEMORY).count()
    return {"memory": memory, "machine": machine.count() - memory}
