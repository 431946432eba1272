"""URLs of supervision: flags pages (see societies/governance/urls.py)."""

urlpatterns: list = []
