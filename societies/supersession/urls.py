"""URLs of supersession (office pages under /office/supersession/, the secretary's under /society/<pk>/supersession/)."""

# The procedure: opinion, objections, forwarding, the order (issue 20 points 1-3, S1).
from .urls_procedure import urlpatterns as _procedure

urlpatterns: list = [*_procedure]

# The administrators' page and extension orders (issue 20 point 3, S2).
from .urls_administration import urlpatterns as _administration  # noqa: E402

urlpatterns += _administration
