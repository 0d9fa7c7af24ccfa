from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Editorial work")

    def ready(self):
        from . import admin_labels, csv_exports, document_rules, signal_handlers, translation_drafts

        admin_labels.install()
        translation_drafts.install()
        document_rules.install()
        csv_exports.install()
        signal_handlers.connect()
