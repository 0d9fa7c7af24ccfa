from django.urls import path

from base.addresses import route

from . import views

app_name = "reminders"
urlpatterns = [
    path(route("{reminders}/{off}/<str:token>/"), views.opt_out, name="opt_out"),
    path(route("{cohort}/<int:pk>/{reminders}/"), views.toggle, name="toggle"),
    path(route("{cohort}/<int:pk>/{reminders}/{days}/"), views.reminder_days, name="days"),
]
