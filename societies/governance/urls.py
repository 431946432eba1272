"""URLs of supervision: the secretary's filings and the ARCS's supervision pages."""

urlpatterns: list = []
