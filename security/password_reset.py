"""Password resets that tell nobody which addresses have an account, and are limited.

Django's reset looks the address up and sends the email in the request, so its time
told known addresses from unknown ones, and nothing stopped 25 emails to one address in
a row. Here the request only counts the use (at most `RESETS` per address and per
client, security.rate_limits) and hands the address to a mail job
(security.background_mail), which looks it up and sends. Every address gets the same
answer in the same time; over the limit nothing is sent and the answer stays the same
(it says, to everyone, how many links an hour an address gets).
"""

from datetime import timedelta

from django.contrib.auth.forms import PasswordResetForm
from django.utils import translation
from django.utils.module_loading import import_string

from .background_mail import send_later
from .rate_limits import Limit, allow

RESETS = Limit("password-reset", per_address=3, per_client=10, window=timedelta(hours=1))
SENT_AS_JOB = ("subject_template_name", "email_template_name", "use_https", "from_email")


class QueuedResetMixin:
    """For a PasswordResetForm: `save()` (the view's) queues; the job sends."""

    def save(self, domain_override=None, request=None, **options):
        email = self.cleaned_data["email"]
        if not allow(RESETS, request, email):
            return
        kept = {name: options[name] for name in SENT_AS_JOB if name in options}
        kept["extra_email_context"] = options.get("extra_email_context")
        kept["html_email_template_name"] = options.get("html_email_template_name")
        kept["domain_override"] = domain_override or request.get_host()
        path = f"{type(self).__module__}.{type(self).__qualname__}"
        send_later(send_reset, path, email, translation.get_language(), kept)

    def send_now(self, **options):
        super().save(**options)


def send_reset(form_path, email, language, options):
    """The job: Django's own lookup and email, in the visitor's language."""
    with translation.override(language):
        form = import_string(form_path)({"email": email})
        if form.is_valid():
            form.send_now(**options)


class QueuedPasswordResetForm(QueuedResetMixin, PasswordResetForm):
    """The participants' reset (/nb/glemt-passord/)."""
