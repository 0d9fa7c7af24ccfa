"""A permission named in the admin's language on the group screens.

Django stores each permission's name in English in the database ("Can add group"), and
Wagtail's group screens show that name; some permissions Samling's migrations created
carry their codename as name ("add_theme"). The standard four are named here from the
model's own (translated) verbose name, the others through the catalogues.
"""

from django import template
from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

register = template.Library()

ACTIONS = {
    "add": _("Add %(things)s"),
    "change": _("Change %(things)s"),
    "delete": _("Delete %(things)s"),
    "view": _("View %(things)s"),
}


@register.filter
def permission_label(permission):
    action, _sep, model_name = permission.codename.partition("_")
    model = permission.content_type.model_class()
    if action in ACTIONS and model is not None and model_name == model._meta.model_name:
        return ACTIONS[action] % {"things": model._meta.verbose_name_plural}
    return gettext(permission.name)


@register.filter
def object_label(row):
    """The name of the model a row of Wagtail's "Object permissions" table is for, in
    the admin's language (wagtail-localize's Translation has no translatable name)."""
    perms = [row[action]["perm"] for action in ("add", "change", "delete") if row.get(action)]
    perms += [custom["perm"] for custom in row.get("custom", [])]
    model = perms[0].content_type.model_class() if perms else None
    if model is None:
        return row["object"]
    name = model._meta.verbose_name
    return str(name) if isinstance(name, Promise) else gettext(name)
