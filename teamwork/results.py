"""A facilitator turns a team's consented answer into a draft shared result page of the
programme, in the cohort's language, and sends it to review like any page.

Facilitators need no Wagtail page rights for this: the draft cannot be published
without an approver, and the workflow's approvers get it in their dashboard.
"""

from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify

from programme.shared_results import SharedResultPage


def paragraphs(text):
    """Plain text with blank lines between paragraphs, as rich text."""
    parts = [" ".join(p.split("\n")).strip() for p in text.replace("\r", "").split("\n\n")]
    return "".join(f"<p>{escape(p)}</p>" for p in parts if p)


def free_slug(parent, title):
    base = slugify(title)[:60] or "resultat"
    taken = set(parent.get_children().values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


@transaction.atomic
def propose(answer, cohort, data, user):
    """Create the draft under the cohort's programme and start its workflow."""
    programme = cohort.page().get_parent()
    page = SharedResultPage(
        title=data["title"],
        slug=free_slug(programme, data["title"]),
        kind=data["kind"],
        summary=data["summary"],
        body=paragraphs(data["text"]),
        origin=f"{answer.team.municipality}, {cohort.title}",
        live=False,
        owner=user,
        locale_id=programme.locale_id,
    )
    programme.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    workflow = page.get_workflow()
    if workflow is not None:
        workflow.start(page, user)
    answer.result_page = page
    answer.save(update_fields=["result_page"])
    return page
