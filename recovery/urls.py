"""URLs of this module (included from config/urls.py)."""

urlpatterns: list = []
