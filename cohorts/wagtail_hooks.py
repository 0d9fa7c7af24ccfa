"""Administrators name each cohort's facilitators in the Wagtail admin ("Cohorts").
Everything else about a cohort's people is the facilitators' own screens' business."""

from django.forms import modelform_factory
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .dashboard import UpcomingSessionsPanel
from .forms import ReminderDaysForm
from .models import Cohort


class NoAddingPolicy(ModelPermissionPolicy):
    """A cohort comes with its published page: nobody adds one here."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


class CohortViewSet(ModelViewSet):
    model = Cohort
    icon = "group"
    menu_label = _("Cohorts")
    add_to_admin_menu = True
    menu_order = 450
    form_fields = ["facilitators", "registration_until", "reminder_days"]
    list_display = ["title", "kind", "registration_until"]
    search_fields = ["title"]
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        form_class = modelform_factory(  # reminder days ticked, not typed
            self.model,
            form=ReminderDaysForm,
            formfield_callback=self.formfield_for_dbfield,
            fields=self.form_fields,
        )
        field = form_class.base_fields["facilitators"]
        field.queryset = field.queryset.filter(is_active=True).order_by("first_name", "last_name")
        field.label_from_instance = lambda user: (
            f"{user.get_full_name() or user.username} <{user.email}>"
        )
        return form_class


register_permission_policy(Cohort, NoAddingPolicy(Cohort))


@hooks.register("register_admin_viewset")
def register_cohorts():
    return CohortViewSet("cohort_admin")


@hooks.register("construct_homepage_panels")
def add_upcoming_sessions(request, panels):
    panels.append(UpcomingSessionsPanel())
