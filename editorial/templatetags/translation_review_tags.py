import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse

from wagtail.models import Page
from wagtail_localize.models import StringTranslation

from editorial.programme_translation import can_translate_below
from editorial.translation_review import can_submit

register = template.Library()


def machine_translated(page):
    """How many of the page's texts are machine translated and unchanged since."""
    return StringTranslation.objects.filter(
        locale_id=page.locale_id,
        context__object_id=page.translation_key,
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
    ).count()


@register.simple_tag(takes_context=True)
def translation_review(context, instance):
    """What the translation editor shows of the page's review: its workflow state and,
    when the user may send it, the address that does."""
    if not isinstance(instance, Page):
        return None
    user = context["request"].user
    return {
        "state": instance.current_workflow_state,
        "machine_translated": machine_translated(instance),
        "machine_translate_url": reverse("machine_translate_programme", args=[instance.pk])
        if can_translate_below(user, instance)
        else None,
        "submit_url": reverse("submit_translation_for_review", args=[instance.pk])
        if can_submit(user, instance)
        else None,
    }


@register.simple_tag(takes_context=True)
def editor_props(context, instance):
    """The translation editor's props, without "Convert to alias page" for those who
    may not publish the page (translation_guard refuses it; the button would only lead
    to that refusal)."""
    props = context["props"]
    if (
        not isinstance(instance, Page)
        or instance.permissions_for_user(context["request"].user).can_publish()
    ):
        return props
    data = json.loads(props)
    data["links"]["convertToAliasUrl"] = None
    return json.dumps(data, cls=DjangoJSONEncoder)
