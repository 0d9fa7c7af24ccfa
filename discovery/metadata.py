"""What search engines and link previews read about a page: its description, canonical
address and schema.org JSON-LD (Course, CourseInstance/Event, LearningResource,
DigitalDocument), built from the page and the context it renders with (no queries of
its own beyond what the page already loaded)."""

import mimetypes

from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language

DESCRIPTION_FIELDS = (
    "search_description",
    "summary",
    "introduction",
    "statement",
    "description",
    "intro",
)
OG_LOCALES = {"nb": "nb_NO", "nn": "nn_NO", "da": "da_DK"}


def description(page, length=160):
    """The page's own search description, else its first summary-like field."""
    for name in DESCRIPTION_FIELDS:
        text = " ".join(strip_tags(str(getattr(page, name, "") or "")).split())
        if text:
            return Truncator(text).chars(length)
    return ""


def canonical_page(page):
    """An untranslated copy (locale-sync alias) points search engines at its original."""
    return page.alias_of.specific if page.alias_of_id else page


def absolute(request, url):
    return request.build_absolute_uri(url) if url else None


def organisation(programme):
    return {"@type": "Organization", "name": programme.get_organisation_display()}


def course(page, context, request):
    return {
        "@type": "Course",
        "name": page.title,
        "description": page.summary,
        "provider": organisation(page),
        "teaches": [goal.title for goal in context.get("goals", [])],
    }


def learning_resource(page, context, request, kind, part_of=None):
    data = {
        "@type": "LearningResource",
        "name": page.title,
        "learningResourceType": kind,
        "description": description(page, 500),
    }
    if part_of is not None:
        data["isPartOf"] = {
            "@type": "Course" if kind == "module" else "LearningResource",
            "name": part_of.title,
            "url": absolute(request, part_of.get_url(request)),
        }
    return data


def module(page, context, request):
    data = learning_resource(page, context, request, "module", context.get("programme"))
    data["teaches"] = [goal.title for goal in context.get("goals", [])]
    if context.get("position"):
        data["position"] = context["position"]
    return data


def task(page, context, request):
    data = learning_resource(page, context, request, "reflection task", context.get("module"))
    if page.minutes:
        data["timeRequired"] = f"PT{page.minutes}M"
    return data


def document(file, request):
    name = file.document.filename
    return {
        "@type": "DigitalDocument",
        "name": file.document.title,
        "url": absolute(request, file.document.url),
        "encodingFormat": mimetypes.guess_type(name)[0] or "application/octet-stream",
        "inLanguage": file.language,
    }


def tool(page, context, request):
    return {
        "@type": "CreativeWork",
        "name": page.title,
        "description": description(page, 500),
        "hasPart": [document(file, request) for file in context.get("files", [])],
    }


def event(session, request):
    place = {"@type": "Place", "name": session.venue, "address": session.address or session.venue}
    return {
        "@type": "Event",
        "name": session.module.title if session.module else session.venue,
        "startDate": session.start.isoformat(),
        "endDate": session.end.isoformat(),
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": place,
    }


def cohort(page, context, request):
    sessions = list(context["timeline"].sessions) if context.get("timeline") else []
    data = {"@type": "CourseInstance", "name": page.title, "courseMode": "onsite"}
    if sessions:
        data.update(
            startDate=sessions[0].start.isoformat(),
            endDate=sessions[-1].end.isoformat(),
            subEvent=[event(session, request) for session in sessions],
        )
    return data


BUILDERS = {
    "programmepage": course,
    "modulepage": module,
    "reflectiontaskpage": task,
    "toolpage": tool,
    "cohortpage": cohort,
}


def structured_data(page, context, request):
    build = BUILDERS.get(page._meta.model_name)
    if build is None:
        return None
    data = {"@context": "https://schema.org", **build(page, context, request)}
    data.update(
        url=absolute(request, canonical_page(page).get_url(request)),
        inLanguage=get_language(),  # the page's locale: URLs are per language
    )
    return data
