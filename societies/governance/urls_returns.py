"""URLs of supervision: returns pages (see societies/governance/urls.py)."""

urlpatterns: list = []
