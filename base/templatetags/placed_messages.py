"""Messages shown where the person acted: a message sent with a place as its extra tag
(`messages.success(request, ..., extra_tags="reminders")`) is shown in that part of the
page, the others at the top. Reading them all once marks them all as shown."""

from django import template
from django.contrib.messages import get_messages

register = template.Library()


def placed(request):
    if not hasattr(request, "_placed_messages"):
        request._placed_messages = list(get_messages(request))
    return request._placed_messages


@register.inclusion_tag("includes/messages.html", takes_context=True)
def messages_at(context, place=""):
    """The messages for `place` ("" for those with no place of their own)."""
    request = context.get("request")
    found = [m for m in placed(request) if (m.extra_tags or "") == place] if request else []
    return {"found": found, "place": place}
