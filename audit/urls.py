"""URLs of the statutory audit (included from config/urls.py)."""

urlpatterns: list = []
