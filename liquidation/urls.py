"""URLs of winding up: office pages under /office/liquidation/, the liquidator's workspace, the public board."""

urlpatterns: list = []
