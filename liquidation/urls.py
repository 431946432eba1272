"""URLs of winding up: office pages under /office/liquidation/, the liquidator's workspace, the public board."""

from django.urls import include, path

urlpatterns: list = [
    path("", include("liquidation.urls_cancellation")),  # the order and the two months (helper L1)
    path("", include("liquidation.workspace_urls")),  # the liquidator's workspace (helper L2)
    path("", include("liquidation.urls_closing")),  # the closing and the public board (helper L3)
]
