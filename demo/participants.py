"""Demo participants: a group and an account per cohort, the cohort page restricted to
its group, and one private document in a collection only that group can open."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

from editorial.roles import PARTICIPANT
from programme.cohort_page.page import CohortPage

from .accounts import PASSWORD
from .cohort_dates import COHORTS
from .documents import docx_bytes

BASE_GROUP = PARTICIPANT
# (username, cohort slug, cohort's source language)
PARTICIPANTS = [
    ("deltaker-absolutt", "absolutt-innlandet-2026", "nb"),
    ("deltaker-ledskole", "led-skole-vestland-2026", "nb"),
    ("deltager-kl", "klynge-midtjylland", "da"),
    ("deltakar-sogn", "absolutt-sogn-2026", "nn"),
]
PRIVATE_COHORT = "absolutt-innlandet-2026"


def cohort_group(cohort):
    group, _ = Group.objects.get_or_create(name=f"{BASE_GROUP}: {cohort.title}")
    return group


def restrict_page(page, group):
    restriction, _ = PageViewRestriction.objects.get_or_create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(group)


def ensure_participant(username, group):
    user, created = get_user_model().objects.get_or_create(
        username=username, defaults={"email": f"{username}@example.org"}
    )
    if created:
        user.set_password(PASSWORD)
        user.save()
    user.groups.add(Group.objects.get_or_create(name=BASE_GROUP)[0], group)
    return user


def private_collection(cohort, group):
    root = Collection.get_first_root_node()
    name = f"{cohort.title} – deltakere"
    collection = root.get_children().filter(name=name).first() or root.add_child(name=name)
    restriction, _ = CollectionViewRestriction.objects.get_or_create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(group)
    return collection


def municipalities(slug):
    """The demo cohort's municipalities, as its participant list names them."""
    return next(entry[5] for entry in COHORTS if entry[2] == slug)


def ensure_private_document(cohort, group):
    Document = get_document_model()
    collection = private_collection(cohort, group)
    document = Document.objects.filter(collection=collection).first()
    if document is None:
        rows = [
            (place, "Kommunedirektør, kommunalsjef, rektor, styrer, tillitsvalgt")
            for place in municipalities(cohort.slug)
        ]
        content = docx_bytes(
            f"Deltakerliste – {cohort.title}",
            "Hvem som deltar fra hver kommune. Bare for deltakerne.",
            rows,
        )
        document = Document(title=f"Deltakerliste – {cohort.title}", collection=collection)
        document.file.save("deltakerliste.docx", ContentFile(content), save=False)
        document._set_document_file_metadata()
        document.save()
    for version in CohortPage.objects.filter(translation_key=cohort.translation_key):
        if not version.materials:
            version.materials = [("document", {"title": "Deltakerliste", "document": document})]
            version.save_revision().publish()
    return document


def ensure_participants():
    for username, slug, language in PARTICIPANTS:
        cohort = CohortPage.objects.get(slug=slug, locale__language_code=language)
        group = cohort_group(cohort)
        for version in Page.objects.filter(translation_key=cohort.translation_key):
            restrict_page(version, group)
        ensure_participant(username, group)
        if slug == PRIVATE_COHORT:
            ensure_private_document(cohort, group)
