"""URLs of the register of orders, stays and transfers. Each piece adds its own lines."""

from django.urls import path  # noqa: F401

urlpatterns: list = []
