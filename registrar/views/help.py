"""Help and contact (/help/, public): the offices with their addresses, who to contact for what, and how to
verify an order (the code under its QR code; this page takes it and opens /verify/<code>/)."""

from django.shortcuts import redirect, render

from ..models import Office

CODE_MAX = 100


def help_page(request):
    code = (request.GET.get("code") or "").strip()[:CODE_MAX]
    if code:
        # The verification page answers for any code, genuine or not (404 with words when unknown).
        # A pasted link works as well as the code alone: https://.../verify/<code>/ -> <code>.
        token = code.rstrip("/").rsplit("/", 1)[-1] if "/verify/" in code else code.replace("/", "")
        if token:
            return redirect("verify_order", token=token)
    offices = Office.objects.select_related("district").order_by("kind", "name")
    return render(request, "registrar/public/help.html", {
        "directorate": [o for o in offices if o.kind == Office.Kind.DIRECTORATE],
        "district_offices": [o for o in offices if o.kind == Office.Kind.DISTRICT],
    })
