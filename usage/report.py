"""What editors learn from the counts: the most downloaded tools of a programme (or all)
in a period, with their languages and formats, and the searches that found nothing."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Max, Sum
from django.utils.translation import gettext

from programme.localize import in_language
from programme.pages import ProgrammePage, ToolPage
from programme.tool_library import programme_facts

from .models import DownloadCount, SearchCount


def language_name(code):
    """A language as the editor reads it ("Norsk bokmål"), the code when unknown."""
    names = dict(settings.LANGUAGES)
    return gettext(names[code]) if code in names else code or "–"


TOP_TOOLS = 25
TOP_SEARCHES = 50


@dataclass
class ToolRow:
    title: str
    downloads: int = 0
    languages: Counter = field(default_factory=Counter)
    formats: Counter = field(default_factory=Counter)

    @staticmethod
    def spelled(counts):
        return ", ".join(f"{name or '–'} {count}" for name, count in sorted(counts.items()))

    @property
    def languages_text(self):
        return self.spelled(self.languages)

    @property
    def formats_text(self):
        return self.spelled(self.formats)


def tool_keys_of(programme_key):
    """The keys of the tools a programme's modules and tasks use (`programme_key` as text)."""
    facts = {str(key): tools for key, tools in programme_facts().items()}
    return facts.get(str(programme_key), set())


def downloads(start, end, programme_key=None):
    """The most downloaded tools, each with its downloads per language and format."""
    counts = DownloadCount.objects.filter(day__range=(start, end), tool_key__isnull=False)
    if programme_key:
        counts = counts.filter(tool_key__in=tool_keys_of(programme_key))
    rows = counts.values("tool_key", "language", "format").annotate(total=Sum("count"))
    tools = defaultdict(lambda: ToolRow(""))
    for row in rows:
        tool = tools[row["tool_key"]]
        tool.downloads += row["total"]
        tool.languages[language_name(row["language"])] += row["total"]
        tool.formats[row["format"]] += row["total"]
    top = sorted(tools.items(), key=lambda item: -item[1].downloads)[:TOP_TOOLS]
    shown = in_language(ToolPage.objects.all(), [key for key, _ in top])
    titles = {page.translation_key: page.title for page in shown}
    for key, tool in top:
        tool.title = titles.get(key, "–")
    return [tool for _, tool in top]


def empty_searches(start, end):
    """Searches that found nothing, the most frequent first."""
    rows = SearchCount.objects.filter(day__range=(start, end), results=0)
    found = (
        rows.values("query", "language")
        .annotate(searches=Sum("count"), last_day=Max("day"))
        .order_by("-searches", "query")[:TOP_SEARCHES]
    )
    return [{**row, "language": language_name(row["language"])} for row in found]


def programmes():
    """(translation key, title in the editor's language) of every programme."""
    keys = ProgrammePage.objects.values_list("translation_key", flat=True).distinct()
    shown = in_language(ProgrammePage.objects.all(), list(keys))
    return sorted(((p.translation_key, p.title) for p in shown), key=lambda item: item[1])
