"""The outside party's pages: accepting an invitation (/parties/invitation/<token>/, the token is the key), "My
cases" (/parties/) and a case as the party sees it (/parties/cases/<kind>/<pk>/)."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from registrar import clock
from registrar.access import login_required_403

from .. import kinds, services
from ..access import party_case_or_404
from ..forms import NewAccountForm
from ..models import PartyGrant, PartyInvitation
from ..selectors import party_grant_list_for_user

ACCEPTED = _("You now act as %(role)s on %(case)s.")


def party_invitation_accept(request, token):
    invitation = (PartyInvitation.objects.select_related("district", "invited_by", "content_type")
                  .filter(token=token).first())
    if invitation is None:
        raise Http404("No such invitation.")
    today = clock.today()
    kind, case = services._case_of(invitation)
    context = {"invitation": invitation, "case_label": kind.label(case), "problem": None, "form": None,
               "mode": "accept"}
    problem = services.invitation_problem(invitation, today)
    user = request.user
    if problem:
        context["problem"] = problem
    elif user.is_authenticated:
        if (user.email or "").strip().lower() != invitation.email.lower():
            context["problem"] = str(services.WRONG_EMAIL)
    elif services.account_for(invitation.email) is not None:
        context["mode"] = "login"
    else:
        context["mode"] = "new"
        context["form"] = NewAccountForm(request.POST or None, email=invitation.email,
                                         initial={"full_name": invitation.name})
    if request.method == "POST" and not context["problem"] and context["mode"] != "login":
        form = context["form"]
        if form is None or form.is_valid():
            try:
                grant = services.party_invitation_accept(
                    token=token, actor=user if user.is_authenticated else None, today=today,
                    full_name=form.cleaned_data["full_name"] if form else "",
                    password=form.cleaned_data["password1"] if form else "")
            except ValidationError as exc:
                context["problem"] = " ".join(exc.messages)
            except PermissionDenied as exc:
                context["problem"] = str(exc)
            else:
                if not user.is_authenticated:
                    login(request, grant.user, backend="django.contrib.auth.backends.ModelBackend")
                messages.success(request, ACCEPTED % {"role": grant.get_role_display(), "case": kind.label(case)})
                return redirect("party_cases")
        status = 400
    else:
        status = 200
    if context["mode"] == "login" and request.method == "GET" and not context["problem"]:
        context["login_url"] = redirect_to_login(request.get_full_path())["Location"]
    return render(request, "parties/party/accept.html", context, status=status)


@login_required_403
def party_cases(request):
    return render(request, "parties/party/cases.html", {"grants": party_grant_list_for_user(request.user)})


@login_required_403
def party_case(request, kind, pk):
    try:
        case_kind = kinds.get(kind)
    except KeyError:
        raise Http404("No such kind of case.") from None
    case = party_case_or_404(request.user, case_kind.model, pk, case_kind.perms[0])
    grants = PartyGrant.objects.filter(user=request.user, active=True, object_id=case.pk,
                                       content_type__app_label=case_kind.model._meta.app_label,
                                       content_type__model=case_kind.model._meta.model_name)
    return render(request, "parties/party/case.html", {
        "kind": case_kind, "case": case, "case_label": case_kind.label(case), "grants": grants,
        "society": case_kind.society_of(case)})
