"""The editorial roles as data: which group may do what, and where.

Page permissions are granted on a locale's home page, so a role is bound to that
locale's tree. Model and collection permissions are global (Wagtail has no per-locale
variant); translating into a locale is further limited by `translation_guard`.
"""

from dataclasses import dataclass, field

EDITOR_NB = "Redaktør (nb)"
EDITOR_DA = "Redaktør (da)"
EDITOR_NN = "Redaktør (nn)"
TRANSLATOR = "Oversetter"
APPROVER = "Godkjenner"
# Reads and approves Nynorsk (often a municipality's own language worker): the Nynorsk
# tree only, beside the approvers who approve every language.
APPROVER_NN = "Godkjenner (nn)"
PARTICIPANT = "Deltaker"

ADMIN_ACCESS = ("wagtailadmin", "admin", "access_admin")
SUBMIT_TRANSLATION = ("wagtail_localize", "translation", "submit_translation")


# Editors' picks for site search (wagtail.contrib.search_promotions).
SEARCH_PROMOTIONS = [
    ("wagtailsearchpromotions", "searchpromotion", f"{action}_searchpromotion")
    for action in ("add", "change", "delete")
]


# The downloads and searches report (usage), and the search's synonyms (discovery).
USAGE_REPORT = ("usage", "downloadcount", "view_usage")


def synonym_permissions(*actions):
    return [("discovery", "synonymgroup", f"{action}_synonymgroup") for action in actions]


def term_permissions(*actions):
    """The term base (terms.Term), which editors and translators keep."""
    return [("terms", "term", f"{action}_term") for action in actions]


def snippet_permissions(*actions):
    return [
        ("programme", model, f"{action}_{model}")
        for model in ("audiencerole", "theme")
        for action in actions
    ]


@dataclass(frozen=True)
class Role:
    name: str
    # locale code -> page permission types on that locale's home page
    pages: dict = field(default_factory=dict)
    # (app_label, model, codename)
    models: list = field(default_factory=list)
    # (app_label, model, codename) granted on the root collection
    collections: list = field(default_factory=list)


def editor_collections(*actions):
    return [
        (app, model, f"{action}_{model}")
        for app, model in (("wagtaildocs", "document"), ("wagtailimages", "image"))
        for action in actions
    ]


def locale_editor(name, locale):
    return Role(
        name,
        pages={locale: ["add", "change"]},
        models=[
            ADMIN_ACCESS,
            SUBMIT_TRANSLATION,
            *snippet_permissions("view"),
            *term_permissions("add", "change", "view"),
            USAGE_REPORT,
            *synonym_permissions("add", "change", "view"),
        ],
        collections=editor_collections("add", "change", "choose"),
    )


PUBLISHING = ["add", "change", "publish", "lock", "unlock"]

ROLES = [
    locale_editor(EDITOR_NB, "nb"),
    locale_editor(EDITOR_DA, "da"),
    locale_editor(EDITOR_NN, "nn"),
    Role(
        TRANSLATOR,
        pages={"nb": ["change"], "da": ["change"], "nn": ["change"]},
        models=[
            ADMIN_ACCESS,
            SUBMIT_TRANSLATION,
            *snippet_permissions("view"),
            *term_permissions("add", "change", "view"),
        ],
        collections=editor_collections("choose"),
    ),
    Role(
        APPROVER,
        pages={code: PUBLISHING for code in ("nb", "da", "nn")},
        models=[
            ADMIN_ACCESS,
            SUBMIT_TRANSLATION,
            *snippet_permissions("add", "change", "delete", "view"),
            *term_permissions("add", "change", "delete", "view"),
            *SEARCH_PROMOTIONS,
            USAGE_REPORT,
            *synonym_permissions("add", "change", "delete", "view"),
        ],
        collections=editor_collections("add", "change", "delete", "choose"),
    ),
    Role(
        APPROVER_NN,
        pages={"nn": PUBLISHING},
        models=[
            ADMIN_ACCESS,
            SUBMIT_TRANSLATION,
            *snippet_permissions("view"),
            *term_permissions("add", "change", "view"),
        ],
        collections=editor_collections("choose"),
    ),
    Role(PARTICIPANT),
]
# Who approves in each language's review workflow (Wagtail's group approval task).
APPROVERS = {"nn": [APPROVER, APPROVER_NN]}
