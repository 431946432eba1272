"""URLs of the closing: the office's closing page and PDFs, the liquidator's closing page, the public board."""

from django.urls import path

from .views import liquidator_closing, office_closing, public_board

urlpatterns = [
    path("office/liquidation/<int:pk>/closing/", office_closing.office_liquidation_closing,
         name="office_liquidation_closing"),
    path("office/liquidation/<int:pk>/closing/<slug:name>.pdf", office_closing.office_liquidation_closing_pdf,
         name="office_liquidation_closing_pdf"),
    path("liquidation/<int:pk>/closing/", liquidator_closing.liquidator_closing, name="liquidator_closing"),
    path("liquidation/board/", public_board.liquidation_board, name="liquidation_board"),
    path("liquidation/board/<int:pk>/", public_board.liquidation_board_entry, name="liquidation_board_entry"),
]
