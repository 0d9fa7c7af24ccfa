"""Fields as Designsystemet draws them: every form the public and the people's screens render
with `{{ field.as_field_group }}` gets its label, description, validation message and input
in Designsystemet's markup (templates/forms/field.html). Wagtail's admin draws its own fields
and keeps its look."""

from django.forms.renderers import DjangoTemplates


class DesignsystemetRenderer(DjangoTemplates):
    field_template_name = "forms/field.html"


def input_attrs(field):
    """The attributes Designsystemet's input needs: its class, beside the widget's own, and
    the validation message it is described by."""
    widget = field.field.widget
    classes = " ".join(filter(None, [widget.attrs.get("class"), "ds-input"]))
    attrs = {"class": classes}
    if field.errors:
        described = [f"{field.auto_id}_error"]
        if field.help_text:
            described.append(f"{field.auto_id}_helptext")
        attrs["aria-describedby"] = " ".join(described)
    return attrs
