"""URLs of the register of orders, stays and transfers. Each piece adds its own lines."""

from django.urls import path

from .views import stays

urlpatterns: list = [
    path("office/orders/<int:pk>/stay/", stays.order_stay_grant, name="order_stay_grant"),
    path("office/orders/<int:pk>/stay/vacate/", stays.order_stay_vacate, name="order_stay_vacate"),
]
