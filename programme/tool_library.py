"""The tool library: every tool, found by words in its name or description, filtered by
programme, audience role, theme and format, sorted by name or by downloads.

Filters are plain GET parameters (no JavaScript needed; library.js filters as one types).
Unknown or malformed values are ignored. Each filter value shows how many tools match it
together with the other chosen filters. Facts are read as (tool key, value) pairs in a
fixed number of queries. Downloads come from the app that counts them, through the
`samling_tool_downloads` hook (usage), so this app knows nothing of counting.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.models import Page

from pagecache.generation_cache import per_generation
from security.visibility import visible_q

from . import links, listing, snippets
from .file_formats import file_format
from .localize import in_language, other_language
from .pages import ProgrammePage, ToolFile, ToolPage

PER_PAGE = 24
MAX_PARAM_LENGTH = 100


@dataclass
class Option:
    value: str
    label: str
    count: int = 0
    selected: bool = False
    language: str = ""  # the label's language when it is not the visitor's (no translation)


@dataclass
class Facet:
    name: str
    label: str
    options: list = field(default_factory=list)

    @property
    def selected(self):
        return next((o for o in self.options if o.selected), None)


NORDIC_ORDER = str.maketrans({"æ": "{", "ä": "{", "ø": "|", "ö": "|", "å": "}"})


def nordic_sort_key(text):
    """Sort as Norwegian and Danish readers expect: ... x y z æ ø å."""
    return text.casefold().translate(NORDIC_ORDER)


def tool_keys():
    """(translation keys of every live tool, ordered by the title the visitor sees;
    {key: its title and description, folded for matching})."""
    language = get_language()
    titles, texts = {}, {}
    rows = (
        ToolPage.objects.live()
        .filter(visible_q(), alias_of__isnull=True)
        .order_by("pk")
        .values_list("translation_key", "locale__language_code", "title", "description")
    )
    for key, code, title, description in rows:
        if key not in titles or code == language:
            titles[key] = title
            texts[key] = f"{title} {description}".casefold()
    return sorted(titles, key=lambda key: nordic_sort_key(titles[key])), texts


def programme_facts():
    """{programme key: set of tool keys} from the tools of each programme's modules and tasks."""
    programmes = {
        path: key
        for path, key in ProgrammePage.objects.live().values_list("path", "translation_key")
    }
    facts = defaultdict(set)
    length = Page.steplen * 3
    for model in (links.ModuleTool, links.TaskTool):
        rows = model.objects.filter(page__live=True).values_list(
            "page__path", "target__translation_key"
        )
        for path, tool_key in rows:
            programme_key = programmes.get(path[:length])
            if programme_key:
                facts[programme_key].add(tool_key)
    return facts


def term_facts(model):
    """{term slug: set of tool keys} for a ToolPage link model."""
    facts = defaultdict(set)
    for tool_key, slug in model.objects.values_list("page__translation_key", "target__slug"):
        facts[slug].add(tool_key)
    return facts


def format_facts():
    facts = defaultdict(set)
    rows = ToolFile.objects.filter(document__isnull=False).values_list(
        "page__translation_key", "document__file"
    )
    for tool_key, filename in rows:
        facts[file_format(filename)].add(tool_key)
    facts.pop("", None)
    return facts


def programme_options(facts):
    # The programme's title, the one name the navigation and its page use too.
    shown = in_language(ProgrammePage.objects.all(), list(facts))
    return {p.slug: (p.title, facts[p.translation_key], other_language(p)) for p in shown}


def term_options(model, facts):
    keys = model.objects.filter(slug__in=list(facts)).values_list("translation_key", flat=True)
    shown = in_language(model.objects.select_related("locale"), keys)
    return {t.slug: (t.name, facts[t.slug], other_language(t)) for t in shown}


def clean_choice(params, name, allowed):
    """The chosen value when it is one of `allowed`, else None (ignored)."""
    values = params.getlist(name) if hasattr(params, "getlist") else [params.get(name)]
    value = next((v for v in values if v), None)
    if value is None or len(value) > MAX_PARAM_LENGTH:
        return None
    value = value.strip()
    return value if value in allowed else None


FACET_LABELS = {
    "programme": _("Programme"),
    "role": _("Audience"),
    "theme": _("Theme"),
    "format": _("File format"),
}


def catalogue():
    """(every live tool's key in title order, {facet: {value: (label, tool keys)}}).
    The same for every visitor and filter, so read once per cache generation and
    language: tools, programmes, roles, themes and documents all start a new one."""
    return per_generation("tool_library", read_catalogue, get_language())


def read_catalogue():
    options = {
        "programme": programme_options(programme_facts()),
        "role": term_options(snippets.AudienceRole, term_facts(links.ToolAudience)),
        "theme": term_options(snippets.Theme, term_facts(links.ToolTheme)),
        "format": {f: (f, keys, "") for f, keys in sorted(format_facts().items())},
    }
    keys, texts = tool_keys()
    return keys, options, texts


def matching(all_keys, options, chosen, skip=None):
    keys = set(all_keys)
    for name, value in chosen.items():
        if value is not None and name != skip:
            keys &= options[name][value][1]
    return keys


SORTS = {"name": _("Name"), "downloads": _("Most downloaded")}


def clean_words(params):
    """The words typed in the library's text field: at most MAX_PARAM_LENGTH characters,
    control characters and extra spaces dropped."""
    text = params.get("q") or ""
    text = "".join(char if char.isprintable() else " " for char in text[:MAX_PARAM_LENGTH])
    return " ".join(text.split())


def with_words(keys, texts, words):
    """The tools of `keys`, in their order, whose name or description holds every word
    (or a part of it)."""
    folded = words.casefold().split()
    return [key for key in keys if all(word in texts.get(key, "") for word in folded)]


def downloads():
    """{tool key: downloads over the last year} from the apps that count them."""
    counts = defaultdict(int)
    for hook in hooks.get_hooks("samling_tool_downloads"):
        for key, count in hook().items():
            counts[key] += count
    return counts


def ordered(all_keys, result_keys, sort):
    keys = [key for key in all_keys if key in result_keys]
    if sort == "downloads":
        counts = downloads()
        keys.sort(key=lambda key: -counts.get(key, 0))  # stable: by name among equals
    return keys


def tool_library_context(index_page, params):
    all_keys, options, texts = catalogue()
    words = clean_words(params)
    sort = clean_choice(params, "sort", SORTS) or "name"
    if words:
        all_keys = with_words(all_keys, texts, words)
    chosen = {name: clean_choice(params, name, values) for name, values in options.items()}
    facets = []
    for name, values in options.items():
        others = matching(all_keys, options, chosen, skip=name)
        facet = Facet(name, FACET_LABELS[name])
        for value, (option_label, keys, language) in values.items():
            facet.options.append(
                Option(value, option_label, len(keys & others), chosen[name] == value, language)
            )
        facets.append(facet)
    result_keys = ordered(all_keys, matching(all_keys, options, chosen), sort)
    page_obj = Paginator(result_keys, PER_PAGE).get_page(params.get("page"))
    return {
        "facets": facets,
        "tools": listing.with_files(listing.in_language(ToolPage, page_obj.object_list)),
        "page_obj": page_obj,
        "result_count": len(result_keys),
        "total_count": len(all_keys),
        "words": words,
        "sort": sort,
        "sorts": SORTS,
        "active_filters": {name: value for name, value in chosen.items() if value},
        "filter_query": urlencode(
            {k: v for k, v in {"q": words, **chosen, "sort": sort}.items() if v and v != "name"}
        ),
    }
