"""The evaluation form, built from the programme's questions."""

from django import forms
from django.utils.translation import gettext_lazy as _

from teamwork.forms import no_control_characters

MAX_TEXT = 2000
SCALE = [(str(n), str(n)) for n in range(1, 6)]


class EvaluationForm(forms.Form):
    def __init__(self, questions, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        for number, question in enumerate(questions, 1):
            self.fields[question.key] = field_for(question, number)

    def answers(self):
        """{question key: 1..5 or text}, leaving out unanswered free-text questions."""
        found = {}
        for question in self.questions:
            value = self.cleaned_data.get(question.key)
            if question.kind == "scale":
                found[question.key] = int(value)
            elif value:
                found[question.key] = value
        return found


def field_for(question, number):
    if question.kind == "scale":
        return forms.ChoiceField(
            label=f"{number}. {question.text}",
            choices=SCALE,
            widget=forms.RadioSelect,
            help_text=_("1: %(low)s, 5: %(high)s") % {"low": question.low, "high": question.high},
            error_messages={"required": _("Choose a number from 1 to 5.")},
        )
    return forms.CharField(
        label=f"{number}. {question.text}",
        required=False,
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 4}),
        validators=[no_control_characters],
    )
