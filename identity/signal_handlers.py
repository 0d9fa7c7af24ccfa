"""A person's download of their data lists the logins linked to their account
(cohorts.personal_data): the provider and its `sub`, nothing else is kept. The links go
with the account (a foreign key that cascades), so retention needs nothing more."""

from .providers import provider


def personal_data(sender, user, memberships, **kwargs):
    return {
        "sign_in_links": [
            {
                "provider": (found.name if (found := provider(link.provider)) else link.provider),
                "identifier": link.subject,
                "linked": link.linked_at.isoformat(),
                "last_used": link.used_at and link.used_at.isoformat(),
            }
            for link in user.identity_links.all()
        ]
    }
