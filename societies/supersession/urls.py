"""URLs of supersession (office pages under /office/supersession/, the secretary's under /society/<pk>/supersession/)."""

urlpatterns: list = []
