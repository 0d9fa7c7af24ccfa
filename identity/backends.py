"""Authentication by a provider's linked subject, through Django's `authenticate()`, so
that django-axes counts a failure and refuses a locked-out visitor as it does for
passwords. Rights never come from here: a link only says which account signs in."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import BaseBackend


class IdentityLinkBackend(BaseBackend):
    def authenticate(self, request, identity_link=None, **credentials):
        if identity_link is None:
            return None
        user = identity_link.user
        return user if user.is_active else None

    def get_user(self, user_id):
        user = get_user_model()._default_manager.filter(pk=user_id).first()
        return user if user and user.is_active else None
