"""What Samling holds about a person (cohorts.personal_data), laid out as a page in their
language: each section under a heading, each field with its label, dates as dates."""

import re
from dataclasses import dataclass, field
from datetime import datetime

from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

LABELS = {
    "account": _("Your account"),
    "cohorts": _("Your cohorts"),
    "facilitates": _("Cohorts you facilitate"),
    "registrations": _("Registrations that name you"),
    "tasks_ticked": _("Tasks you have ticked"),
    "reminders_by_email": _("Reminders by email"),
    "team_answers_written": _("Team answers you have written"),
    "files_added": _("Files you have added"),
    "drafts": _("Your drafts"),
    "personal_notes": _("Your notes"),
    "sessions_evaluated": _("Sessions you have evaluated"),
    "certificates": _("Certificates"),
    "messages_written": _("Messages you have written"),
    "sign_in_links": _("Logins linked to your account"),
    "provider": _("Provider"),
    "identifier": _("The provider's number for you"),
    "linked": _("Linked"),
    "last_used": _("Last used"),
    "username": _("User name"),
    "name": _("Name"),
    "email": _("Email"),
    "joined": _("Account made"),
    "last_login": _("Last logged in"),
    "cohort": _("Cohort"),
    "team": _("Team"),
    "role": _("Role"),
    "contact_person": _("Contact person"),
    "enrolled": _("Enrolled"),
    "invited": _("Invited"),
    "attendance": _("Attendance"),
    "session": _("Session"),
    "state": _("Attendance"),
    "municipality": _("Municipality"),
    "status": _("Status"),
    "sent": _("Sent"),
    "task": _("Task"),
    "version": _("Version"),
    "saved": _("Saved"),
    "updated": _("Changed"),
    "uploaded": _("Added"),
    "file": _("File"),
    "text": _("Text"),
    "code": _("Code"),
    "issued": _("Issued"),
    "withdrawn": _("Withdrawn"),
    "subject": _("Subject"),
}
HIDDEN = {"task_id"}  # for machines: in the JSON, not on the page
ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


@dataclass
class Section:
    heading: str
    items: list = field(default_factory=list)  # each a list of (label, text)
    text: str = ""  # a section that is one value


def readable(data):
    """[Section] from the plain data of personal_data.held_by_samling."""
    sections = []
    for key, value in data.items():
        section = Section(LABELS.get(key, key))
        if isinstance(value, dict) and key == "account":
            section.items = [fields(value)]
        elif isinstance(value, dict):
            section.items = [[(name, shown(on))] for name, on in value.items()]
        elif isinstance(value, list):
            section.items = [fields(row) if isinstance(row, dict) else [("", row)] for row in value]
        else:
            section.text = shown(value)
        sections.append(section)
    return sections


def fields(row):
    return [(LABELS.get(k, k), shown(v)) for k, v in row.items() if k not in HIDDEN]


def shown(value):
    """A value as the page says it: yes/no, a date in the active language, a list joined."""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, str) and ISO_TIME.match(value):
        moment = timezone.localtime(datetime.fromisoformat(value))
        return formats.date_format(moment, "j. F Y, H.i")
    if isinstance(value, list):
        return (
            "; ".join(
                ", ".join(shown(v) for k, v in item.items() if k not in HIDDEN)
                if isinstance(item, dict)
                else shown(item)
                for item in value
            )
            or "–"
        )
    return str(value)
