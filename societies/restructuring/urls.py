"""URLs of restructuring (office pages under /office/restructuring/, the secretary's under /society/<pk>/restructuring/)."""

urlpatterns: list = []
