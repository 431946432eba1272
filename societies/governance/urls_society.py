"""URLs of supervision: society pages (see societies/governance/urls.py)."""

urlpatterns: list = []
