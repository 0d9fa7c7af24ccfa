"""Build the demo programmes, taxonomies and tools. Idempotent: objects are looked up by
slug and only created (and translated) when missing."""

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale
from wagtail.rich_text import RichText

from home.models import HomePage, InformationPage
from programme import links, pages, snippets
from programme.cohort_page.page import CohortPage, CohortSession

from .absolutt import ABSOLUTT
from .cohort_dates import COHORTS, session_times
from .documents import BUILDERS
from .evaluation_texts import with_session_texts
from .kl import KL
from .led_skole import LED_SKOLE
from .nynorsk import ensure_nynorsk
from .statements import PRIVACY, PRIVACY_SLUG, STATEMENT
from .statements import SLUG as STATEMENT_SLUG
from .statements import html as statement_html
from .taxonomy import ROLES, ROLES_NN, THEMES
from .tools import TOOLS
from .translate import text_pairs, translate

PROGRAMMES = [ABSOLUTT, LED_SKOLE, KL]
TOOL_INDEX = {
    "nb": {
        "title": "Verktøy",
        "intro": "Maler og veiledninger fra programmene, til bruk i eget arbeid.",
    },
    "da": {
        "title": "Værktøjer",
        "intro": "Skabeloner og vejledninger fra programmerne til brug i eget arbejde.",
    },
    "nn": {
        "title": "Verktøy",
        "intro": "Malar og rettleiingar frå programma, til bruk i eige arbeid.",
    },
}


def rich(paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def home(language):
    return HomePage.objects.get(locale__language_code=language)


def child(parent, model, slug):
    return model.objects.child_of(parent).filter(slug=slug).first()


def publish_new(parent, page, rows=()):
    """Add `page` under `parent` with its link rows (in the given order), and publish it."""
    positions = {}
    for relation, row in rows:
        row.sort_order = positions[relation] = positions.get(relation, -1) + 1
        getattr(page, relation).add(row)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def ensure_translation(instance, text, languages):
    """Translate `instance` into each language of `languages` where `text` has it."""
    source_text = text[instance.locale.language_code]
    for language in languages:
        if language in text and not instance.has_translation(
            Locale.objects.get(language_code=language)
        ):
            translate(instance, language, text_pairs(source_text, text[language]))


def ensure_statement(slug, texts):
    """A statement on the Norwegian site, translated for the Danish one."""
    statement = child(home("nb"), InformationPage, slug)
    if statement is None:
        text = texts["nb"]
        statement = publish_new(
            home("nb"),
            InformationPage(
                slug=slug,
                title=text["title"],
                intro=text["intro"],
                body=statement_html(text["body"]),
            ),
        )
    ensure_translation(statement, texts, ["da"])
    return statement


# Taxonomies


def ensure_taxonomy():
    nb = Locale.objects.get(language_code="nb")
    roles = {}
    for slug, nb_name, da_name in ROLES:
        role = snippets.AudienceRole.objects.filter(slug=slug, locale=nb).first()
        if role is None:
            role = snippets.AudienceRole.objects.create(slug=slug, name=nb_name, locale=nb)
        names = {"nb": {"name": nb_name}, "da": {"name": da_name}, "nn": {"name": ROLES_NN[slug]}}
        ensure_translation(role, names, ["da", "nn"])
        roles[slug] = role
    themes = {}
    for slug, source, texts in THEMES:
        locale = Locale.objects.get(language_code=source)
        theme = snippets.Theme.objects.filter(slug=slug, locale=locale).first()
        if theme is None:
            name, question, description = texts[source]
            theme = snippets.Theme.objects.create(
                slug=slug, name=name, question=question, description=description, locale=locale
            )
        text = {
            lang: dict(zip(("name", "question", "description"), values, strict=True))
            for lang, values in texts.items()
        }
        ensure_translation(theme, text, [lang for lang in texts if lang != source])
        themes[slug] = theme
    return roles, themes


# Tools


def demo_collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name="Verktøy").first()
    return existing or root.add_child(name="Verktøy")


def make_document(tool, language, fmt):
    Document = get_document_model()
    filename = f"{tool['slug']}-{language}.{fmt}"
    existing = Document.objects.filter(file__endswith=filename).first()
    if existing:
        return existing
    text = tool[language] if language in tool else tool[tool["source"]]
    content = BUILDERS[fmt](text["title"], text["description"], text["rows"])
    document = Document(
        title=f"{text['title']} ({fmt.upper()}, {language})", collection=demo_collection()
    )
    document.file.save(filename, ContentFile(content), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def ensure_tool_index(language):
    index = child(home("nb"), pages.ToolIndexPage, "verktoy")
    if index is None:
        index = publish_new(
            home("nb"), pages.ToolIndexPage(slug="verktoy", show_in_menus=True, **TOOL_INDEX["nb"])
        )
    if language == "nb":
        return index
    locale = Locale.objects.get(language_code=language)
    return index.get_translation_or_none(locale) or translate(
        index, language, text_pairs(TOOL_INDEX["nb"], TOOL_INDEX[language])
    )


def ensure_tools(roles, themes):
    tools = {}
    for tool in TOOLS:
        index = ensure_tool_index(tool["source"])
        page = child(index, pages.ToolPage, tool["slug"])
        if page is None:
            text = tool[tool["source"]]
            rows = [
                ("files", pages.ToolFile(document=make_document(tool, lang, fmt), language=lang))
                for lang, fmt in tool["files"]
            ]
            rows += [("audience_links", links.ToolAudience(target=roles[s])) for s in tool["roles"]]
            rows += [("theme_links", links.ToolTheme(target=themes[s])) for s in tool["themes"]]
            page = publish_new(
                index,
                pages.ToolPage(
                    slug=tool["slug"],
                    title=text["title"],
                    description=text["description"],
                    how_to_use=rich(text["how_to_use"]),
                ),
                rows,
            )
        others = [lang for lang in ("nb", "da") if lang != tool["source"]]
        if any(lang in tool for lang in others):
            ensure_tool_index(others[0])
        ensure_translation(page, tool_text(tool), others)
        tools[tool["slug"]] = page
    return tools


def tool_text(tool):
    return {
        lang: {"title": t["title"], "description": t["description"], "how_to_use": t["how_to_use"]}
        for lang, t in tool.items()
        if lang in ("nb", "da")
    }


# Programmes


def programme_fields(text):
    return {
        "title": text["title"],
        "short_name": text["short_name"],
        "full_name": text["full_name"],
        "cohort_name": text.get("cohort_name", ""),
        "team_name": text.get("team_name", ""),
        "summary": text["summary"],
        "format": rich(text["format"]),
        "body": [("text", RichText(rich(text["body"])))],
        "contacts": [
            ("contact", {"name": n, "role": r, "email": e, "phone": ""})
            for n, r, e in text["contacts"]
        ],
        "evaluation": [
            (kind, {"question": q, **({"low": low, "high": high} if kind == "scale" else {})})
            for kind, q, low, high in text.get("evaluation", [])
        ],
    }


def module_fields(text):
    agenda = {
        "heading": "",
        "items": [
            ("item", {"time": t, "activity": a, "description": ""}) for t, a in text["agenda"]
        ],
    }
    return {
        "title": text["title"],
        "duration": text["duration"],
        "introduction": text["introduction"],
        "body": [("text", RichText(rich(text["body"]))), ("agenda", agenda)],
        "bring": text.get("bring", ""),
    }


def task_fields(text):
    return {
        "title": text["title"],
        "introduction": text["introduction"],
        "questions": [("question", q) for q in text["questions"]],
        "expected_outcome": text["expected_outcome"],
    }


def ensure_programme(data, roles, themes, tools):
    source = data["source"]
    data = with_session_texts(data, [source, *data["translations"]])
    parent = home(source)
    programme = child(parent, pages.ProgrammePage, data["slug"])
    if programme is None:
        rows = [("audience_links", links.ProgrammeAudience(target=roles[s])) for s in data["roles"]]
        rows += [("theme_links", links.ProgrammeTheme(target=themes[s])) for s in data["themes"]]
        fewest, most, required = data["team_rules"]
        rows += [("team_role_links", links.ProgrammeTeamRole(target=roles[s])) for s in required]
        programme = publish_new(
            parent,
            pages.ProgrammePage(
                slug=data["slug"],
                organisation=data["organisation"],
                show_in_menus=True,
                team_min_members=fewest,
                team_max_members=most,
                **programme_fields(data[source]),
            ),
            rows,
        )
    ensure_translation(programme, data, data["translations"])
    goals = {}
    for goal in data["goals"]:
        goals[goal["slug"]] = ensure_goal(programme, goal, source)
    for module in data["modules"]:
        ensure_module(programme, module, source, goals, themes, roles, tools)
    return programme


def ensure_goal(programme, goal, source):
    page = child(programme, pages.CompetenceGoalPage, goal["slug"])
    if page is None:
        text = goal[source]
        page = publish_new(
            programme,
            pages.CompetenceGoalPage(
                slug=goal["slug"],
                title=text["title"],
                statement=text["statement"],
                explanation=rich(text["explanation"]),
            ),
        )
    ensure_translation(page, goal, goal.get("translations", []))
    return page


def ensure_module(programme, module, source, goals, themes, roles, tools):
    module = with_session_texts(module, [source, *module.get("translations", [])])
    page = child(programme, pages.ModulePage, module["slug"])
    if page is None:
        rows = [("goal_links", links.ModuleGoal(target=goals[s])) for s in module["goals"]]
        rows += [("tool_links", links.ModuleTool(target=tools[s])) for s in module["tools"]]
        page = publish_new(
            programme,
            pages.ModulePage(
                slug=module["slug"],
                perspective=themes[module["perspective"]],
                **module_fields(module[source]),
            ),
            rows,
        )
    ensure_translation(page, module, module.get("translations", []))
    for task in module["tasks"]:
        ensure_task(page, task, source, roles, tools, module.get("translations", []))
    return page


def ensure_task(module, task, source, roles, tools, languages):
    page = child(module, pages.ReflectionTaskPage, task["slug"])
    if page is None:
        rows = [("audience_links", links.TaskAudience(target=roles[s])) for s in task["roles"]]
        rows += [("tool_links", links.TaskTool(target=tools[s])) for s in task["tools"]]
        page = publish_new(
            module,
            pages.ReflectionTaskPage(
                slug=task["slug"],
                timing=task["timing"],
                working_form=task["working_form"],
                minutes=task["minutes"],
                **task_fields(task[source]),
            ),
            rows,
        )
    ensure_translation(page, task, languages)
    return page


# Cohorts


def ensure_cohorts():
    for slug, language, cohort_slug, title, region, _places, people, sessions, langs in COHORTS:
        programme = child(home(language), pages.ProgrammePage, slug)
        cohort = child(programme, CohortPage, cohort_slug)
        if cohort is None:
            modules = pages.ModulePage.objects.child_of(programme).order_by("path")
            rows = []
            for module, (days, venue, address) in zip(modules, sessions, strict=False):
                start, end = session_times(days, language)
                rows.append(
                    (
                        "sessions",
                        CohortSession(
                            module=module, start=start, end=end, venue=venue, address=address
                        ),
                    )
                )
            cohort = publish_new(
                programme,
                CohortPage(
                    slug=cohort_slug,
                    title=title,
                    region=region,
                    facilitators="\n".join(people),
                ),
                rows,
            )
        for target in langs:
            if not cohort.has_translation(Locale.objects.get(language_code=target)):
                translate(cohort, target, [])


def build_demo():
    roles, themes = ensure_taxonomy()
    tools = ensure_tools(roles, themes)
    programmes = [ensure_programme(data, roles, themes, tools) for data in PROGRAMMES]
    ensure_statement(STATEMENT_SLUG, STATEMENT)
    ensure_statement(PRIVACY_SLUG, PRIVACY)
    ensure_tool_index("nn")
    ensure_nynorsk()
    ensure_cohorts()
    return programmes
