from django.db import migrations, models


def mark_accounts_made_by_enrolment(apps, schema_editor):
    """Before this field, an account made by an enrolment was created in the same
    moment as its membership, and was that person's only one."""
    Membership = apps.get_model("cohorts", "Membership")
    for membership in Membership.objects.select_related("user"):
        user = membership.user
        made_with_it = abs((user.date_joined - membership.created_at).total_seconds()) < 60
        alone = not Membership.objects.filter(user=user).exclude(pk=membership.pk).exists()
        if made_with_it and alone and user.last_login is None:
            Membership.objects.filter(pk=membership.pk).update(created_account=True)


class Migration(migrations.Migration):
    dependencies = [
        ("cohorts", "0002_between_sessions"),
    ]

    operations = [
        migrations.AddField(
            model_name="membership",
            name="created_account",
            field=models.BooleanField(default=False, editable=False),
        ),
        migrations.RunPython(mark_accounts_made_by_enrolment, migrations.RunPython.noop),
        migrations.AddField(
            model_name="registration",
            name="stamp",
            field=models.CharField(blank=True, default="", editable=False, max_length=32),
        ),
        migrations.AddConstraint(
            model_name="registration",
            constraint=models.UniqueConstraint(
                condition=models.Q(("stamp", ""), _negated=True),
                fields=("stamp",),
                name="one_registration_per_stamp",
            ),
        ),
    ]
