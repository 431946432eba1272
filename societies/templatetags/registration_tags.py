"""`{% registration_papers society %}`: on a society's page, its promoter (the applicant) reaches the application,
its letters and the certificate after registration (issue 25 § 2). Shown to the applicant only: the letters are
theirs (societies.registration.views.documents serves them to the applicant and deciding officers)."""

from django import template

from societies.registration.selectors import application_letters

register = template.Library()


@register.inclusion_tag("societies/partials/registration_papers.html", takes_context=True)
def registration_papers(context, society):
    from societies.registration.models import RegistrationApplication

    request = context.get("request")
    user = getattr(request, "user", None)
    application = (RegistrationApplication.objects.filter(society=society, applicant_id=getattr(user, "pk", None))
                   .first() if user is not None and user.is_authenticated else None)
    return {"application": application, "letters": application_letters(application) if application else []}
