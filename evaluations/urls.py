from django.urls import path

from . import views

app_name = "evaluations"
urlpatterns = [
    path("kull/<int:pk>/evaluering/<uuid:session>/", views.evaluate, name="evaluate"),
    path("kull/<int:pk>/evalueringer/", views.results_page, name="results"),
    path("kull/<int:pk>/evalueringer.xlsx", views.results_xlsx, name="export"),
]
