from django import template
from django.urls import reverse

from wagtail.models import Page

from editorial.translation_review import can_submit

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_review(context, instance):
    """What the translation editor shows of the page's review: its workflow state and,
    when the user may send it, the address that does."""
    if not isinstance(instance, Page):
        return None
    user = context["request"].user
    return {
        "state": instance.current_workflow_state,
        "submit_url": reverse("submit_translation_for_review", args=[instance.pk])
        if can_submit(user, instance)
        else None,
    }
