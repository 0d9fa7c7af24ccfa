import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse

from wagtail.models import Page

from base.translated_slugs import translation_of
from editorial.programme_translation import can_translate_below, translator_for
from editorial.translation_checks import rows, summary
from editorial.translation_comparison import reading
from editorial.translation_review import can_submit, pages_below
from translation_memory import lookup
from translation_memory.models import CLOSE_MATCH

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_review(context, instance):
    """What the translation editor shows of the page's review: its workflow state, what
    is left to read, the machine translation button and, when the user may send it, the
    address that does."""
    if not isinstance(instance, Page):
        return None
    user = context["request"].user
    translation = translation_of(instance)
    return {
        "state": instance.current_workflow_state,
        "checks": summary(instance, translation),
        "compare_url": reverse("compare_translation", args=[instance.pk]) if translation else None,
        "fill_url": reverse("machine_translate_translation", args=[translation.pk])
        if translation and translator_for(instance)
        else None,
        "pages_below": can_translate_below(user, instance),
        "submit_url": reverse("submit_translation_for_review", args=[instance.pk])
        if can_submit(user, instance)
        else None,
        "submit_below": len(list(pages_below(instance, user)))
        if instance.get_children().exists()
        else 0,
    }


@register.simple_tag
def translation_reading(instance):
    """The translation beside its source, for the approval dialog (or None)."""
    return reading(instance) if isinstance(instance, Page) else None


@register.simple_tag(takes_context=True)
def editor_props(context, instance):
    """The translation editor's props: without its own machine-translation button (the
    review bar has the one that runs the whole chain, on this server), and without
    "Convert to alias page" for those who may not publish the page (translation_guard
    refuses it; the button would only lead to that refusal)."""
    data = json.loads(context["props"])
    data["machineTranslator"] = None
    if (
        isinstance(instance, Page)
        and not instance.permissions_for_user(context["request"].user).can_publish()
    ):
        data["links"]["convertToAliasUrl"] = None
    return json.dumps(data, cls=DjangoJSONEncoder)


@register.simple_tag
def memory_matches(instance):
    """For the page's texts still to translate or read: the translation memory's closest
    remembered text, as (row, ratio in per cent, RememberedTranslation)."""
    translation = translation_of(instance) if isinstance(instance, Page) else None
    if translation is None:
        return []
    source = translation.source.locale.language_code
    target = translation.target_locale.language_code
    found = []
    for row in rows(translation, instance.last_published_at):
        if row.target is None or (row.unread and row.tool != CLOSE_MATCH):
            for ratio, memory in lookup.close(source, target, row.source, limit=1):
                found.append((row, round(ratio * 100), memory))
    return found
