"""URLs of winding up: office pages under /office/liquidation/, the liquidator's workspace, the public board."""

from django.urls import include, path

urlpatterns: list = [
    path("", include("liquidation.urls_cancellation")),  # the order and the two months (helper L1)
]
