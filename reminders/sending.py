"""Sending due reminders once: the record is written before the email goes, in its own
transaction, so two runs at once cannot both send; a failed email removes its record,
so the next run tries again."""

import logging
import smtplib

from django.core.mail import get_connection
from django.db import IntegrityError, transaction

logger = logging.getLogger(__name__)
MAIL_ERRORS = (OSError, smtplib.SMTPException)


def send(reminders):
    """(sent, failed) lists of the reminders."""
    sent, failed = [], []
    connection = get_connection()
    for reminder in reminders:
        try:
            with transaction.atomic():
                record = reminder.record()
                record.save()
        except IntegrityError:
            continue  # another run has just sent it
        try:
            connection.send_messages([reminder.message])
        except MAIL_ERRORS as error:
            logger.warning("reminder not sent: %s: %s", reminder.line(), error)
            record.delete()
            failed.append(reminder)
        else:
            sent.append(reminder)
    connection.close()
    return sent, failed
