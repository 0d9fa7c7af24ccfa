"""Demo accounts, one per editorial role. The README states their credentials; never load
demo content in production."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.users.models import UserProfile

from editorial.roles import APPROVER, APPROVER_NN, EDITOR_DA, EDITOR_NB, EDITOR_NN, TRANSLATOR

PASSWORD = "samling-demo"  # noqa: S105 (demo only, stated in the README)
# (username, first name, last name, group or None for the administrator, admin language)
STAFF = [
    ("admin", "Demo", "Administrator", None, "nb"),
    ("redaktor-nb", "Kari", "Nordmann", EDITOR_NB, "nb"),
    ("redaktor-da", "Mette", "Jensen", EDITOR_DA, "da"),
    ("oversetter", "Ole", "Hansen", TRANSLATOR, "nb"),
    ("godkjenner", "Ingrid", "Berg", APPROVER, "nb"),
    ("redaktor-nn", "Ragnhild", "Myklebust", EDITOR_NN, "nn"),
    ("godkjenner-nn", "Sigrid", "Aasen", APPROVER_NN, "nn"),
]


def ensure_staff_account(username, first_name, last_name, group, language):
    """Create the account once; later runs leave it (and a changed password) alone."""
    user, created = get_user_model().objects.get_or_create(
        username=username,
        defaults={
            "email": f"{username}@example.org",
            "first_name": first_name,
            "last_name": last_name,
            "is_staff": group is None,
            "is_superuser": group is None,
        },
    )
    if created:
        user.set_password(PASSWORD)
        user.save()
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    if group:
        user.groups.add(Group.objects.get(name=group))
    return created


def ensure_staff_accounts():
    """The usernames created by this run."""
    return [spec[0] for spec in STAFF if ensure_staff_account(*spec)]
