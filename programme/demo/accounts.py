"""Demo accounts. The README states their credentials; never load demo content in production."""

from django.contrib.auth import get_user_model

DEMO_EDITOR = {
    "username": "redaktor",
    "password": "samling-demo",
    "email": "redaktor@example.org",
    "first_name": "Demo",
    "last_name": "Redaktør",
}


def ensure_demo_editor():
    """Create the demo editor once; later runs leave the account (and a changed password) alone."""
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=DEMO_EDITOR["username"],
        defaults={
            "email": DEMO_EDITOR["email"],
            "first_name": DEMO_EDITOR["first_name"],
            "last_name": DEMO_EDITOR["last_name"],
            "is_staff": True,
            "is_superuser": True,
        },
    )
    if created:
        user.set_password(DEMO_EDITOR["password"])
        user.save()
    return user, created
