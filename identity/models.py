from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class IdentityLink(models.Model):
    """A provider's subject (`sub`) that signs in to one Samling account.

    Only the provider's short name and its `sub` are kept: never a national identity
    number or any other claim. The link goes with the account."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="identity_links",
        verbose_name=_("account"),
    )
    provider = models.CharField(_("provider"), max_length=30)
    subject = models.CharField(_("subject"), max_length=255)
    linked_at = models.DateTimeField(_("linked"), auto_now_add=True)
    used_at = models.DateTimeField(_("last used"), null=True, blank=True)

    class Meta:
        verbose_name = _("sign-in link")
        verbose_name_plural = _("sign-in links")
        constraints = [
            models.UniqueConstraint(fields=["provider", "subject"], name="one_account_per_subject"),
            models.UniqueConstraint(fields=["user", "provider"], name="one_subject_per_provider"),
        ]

    def __str__(self):
        return f"{self.provider}: {self.user}"
