"""URLs of supervision: meetings pages (see societies/governance/urls.py)."""

urlpatterns: list = []
