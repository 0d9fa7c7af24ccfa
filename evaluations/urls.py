from django.urls import path

from base.addresses import route

from . import views

app_name = "evaluations"
urlpatterns = [
    path(route("{cohort}/<int:pk>/evaluering/<uuid:session>/"), views.evaluate, name="evaluate"),
    path(route("{cohort}/<int:pk>/evalueringer/"), views.results_page, name="results"),
    path(route("{cohort}/<int:pk>/evalueringer.xlsx"), views.results_xlsx, name="export"),
]
