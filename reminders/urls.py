from django.urls import path

from . import views

app_name = "reminders"
urlpatterns = [
    path("paminnelser/av/<str:token>/", views.opt_out, name="opt_out"),
    path("kull/<int:pk>/paminnelser/", views.toggle, name="toggle"),
    path("kull/<int:pk>/paminnelser/dager/", views.reminder_days, name="days"),
]
