"""Which pages still need translating, per target locale: missing translations (none yet,
or only a synchronised alias), translations whose source was published after the last
sync, and translations with untranslated strings. A fixed number of queries however
many pages there are."""

from dataclasses import dataclass

from django.db.models import Count, F
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource

MISSING, OUTDATED, INCOMPLETE = "missing", "outdated", "incomplete"
STATUS_LABELS = {
    MISSING: _("Not translated"),
    OUTDATED: _("Source changed since the last sync"),
    INCOMPLETE: _("Strings not yet translated"),
}


@dataclass
class Row:
    page: Page
    status: str
    source: TranslationSource | None = None
    translated_page_id: int | None = None
    untranslated: int = 0

    @property
    def label(self):
        return STATUS_LABELS[self.status]


def untranslated_counts(sources, locale):
    """{source id: number of its strings without a translation into `locale`}."""
    totals = dict(
        StringSegment.objects.filter(source__in=sources)
        .values_list("source")
        .annotate(n=Count("id"))
    )
    done = dict(
        StringSegment.objects.filter(
            source__in=sources,
            string__translations__locale=locale,
            string__translations__context=F("context"),
        )
        .values_list("source")
        .annotate(n=Count("id"))
    )
    return {source: total - done.get(source, 0) for source, total in totals.items()}


def status_rows(target, statuses=None):
    """Rows for pages written in another locale than `target`, in tree order."""
    translated_here = dict(
        Page.objects.filter(locale=target, alias_of__isnull=True).values_list(
            "translation_key", "id"
        )
    )
    # Pages that are themselves wagtail-localize translations are not sources.
    targets = set(
        Translation.objects.values_list("source__object_id", "target_locale_id").distinct()
    )
    originals = [
        page
        for page in Page.objects.filter(depth__gt=2, alias_of__isnull=True)
        .exclude(locale=target)
        .select_related("locale")
        .order_by("path")
        if (page.translation_key, page.locale_id) not in targets
    ]
    sources = {
        (s.object_id, s.locale_id): s
        for s in TranslationSource.objects.filter(
            object_id__in=[page.translation_key for page in originals]
        )
    }
    counts = untranslated_counts(list(sources.values()), target)
    rows = []
    for page in originals:
        source = sources.get((page.translation_key, page.locale_id))
        translated_id = translated_here.get(page.translation_key)
        row = Row(page, MISSING, source, translated_id)
        if translated_id is None:
            rows.append(row)
            continue
        if source is None:
            continue  # translated by hand, outside wagtail-localize
        if page.last_published_at and page.last_published_at > source.last_updated_at:
            row.status = OUTDATED
        elif counts.get(source.pk):
            row.status, row.untranslated = INCOMPLETE, counts[source.pk]
        else:
            continue
        rows.append(row)
    return [row for row in rows if not statuses or row.status in statuses]
