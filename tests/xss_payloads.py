"""Hostile text in every field an editor controls on a module, its tasks and tools, and
in documents, collections and taxonomy terms; used by the XSS tests (server and browser).

Rich text goes in the way the admin stores it: Draftail's content state, converted by
Wagtail's own converter, with the payload as text and a `javascript:` link."""

import json

from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.documents import get_document_model
from wagtail.models import Collection

from programme import pages, snippets

PAYLOAD = '"><img src=x onerror=alert(1)>'
JS_URL = "javascript:alert(1)"
FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


def rich_text(features=FEATURES):
    """HTML as the admin would store it from an editor's typing and link dialog."""
    state = {
        "blocks": [
            {
                "key": "a1b2c",
                "type": "unstyled",
                "text": f"Les mer {PAYLOAD}",
                "depth": 0,
                "inlineStyleRanges": [],
                "entityRanges": [{"offset": 0, "length": 8, "key": 0}],
                "data": {},
            }
        ],
        "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": JS_URL}}},
    }
    return ContentstateConverter(features).to_database_format(json.dumps(state))


def publish(page):
    page.save_revision().publish()


def plant():
    """Put the payload everywhere; returns the public pages that show it, and the count of
    fields probed."""
    fields = 0
    module = pages.ModulePage.objects.get(slug="hvor-er-vi", locale__language_code="nb")
    module.title = f"Hvor er vi {PAYLOAD}"
    module.seo_title = module.search_description = module.introduction = PAYLOAD
    module.duration = PAYLOAD
    module.body = [
        ("text", rich_text()),
        ("callout", {"heading": PAYLOAD, "text": rich_text(["bold", "italic", "link", "ul"])}),
        ("quote", {"quote": PAYLOAD, "attribution": PAYLOAD}),
        (
            "agenda",
            {
                "heading": PAYLOAD,
                "items": [("item", {"time": "09:00", "activity": PAYLOAD, "description": PAYLOAD})],
            },
        ),
    ]
    publish(module)
    fields += 5 + 8  # title, seo title, description, introduction, duration; body fields
    task = pages.ReflectionTaskPage.objects.child_of(module).live().first()
    task.title, task.introduction = f"Oppgave {PAYLOAD}", PAYLOAD
    task.questions = [("question", PAYLOAD)]
    publish(task)
    fields += 3
    tool = pages.ToolPage.objects.get(slug="styringskort", locale__language_code="nb")
    tool.title, tool.description, tool.how_to_use = f"Styringskort {PAYLOAD}", PAYLOAD, rich_text()
    publish(tool)
    fields += 3
    for model in (snippets.Theme, snippets.AudienceRole):
        model.objects.filter(locale__language_code="nb").update(name=PAYLOAD)
        fields += 1
    document = tool.files.first().document
    document.title = PAYLOAD
    document.save()
    Collection.objects.exclude(depth=1).update(name=PAYLOAD)
    fields += 2
    programme = module.get_parent().specific
    return {
        "fields": fields,
        "public": [module.url, task.url, tool.url, programme.url, tool.get_parent().url],
        "admin": [
            f"/admin/pages/{programme.pk}/",
            f"/admin/pages/{module.pk}/edit/",
            f"/admin/pages/{tool.pk}/edit/",
            "/admin/documents/",
            "/admin/collections/",
            "/admin/snippets/programme/theme/",
            "/admin/snippets/programme/audiencerole/",
        ],
        "document": get_document_model().objects.get(pk=document.pk),
    }
