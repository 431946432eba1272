"""Read-only admin views of registration. Changes go through the services (and the activity log), never here;
a protected FSMField cannot be edited in a form anyway (design.md § Traps)."""

from django.contrib import admin

from .models import Certificate, Promoter, RegistrationApplication


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class PromoterInline(admin.TabularInline):
    model = Promoter
    extra = 0
    can_delete = False
    readonly_fields = ["name", "relation_name", "address", "family_id", "gender", "age", "occupation", "shares"]

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(RegistrationApplication)
class RegistrationApplicationAdmin(ReadOnlyAdmin):
    list_display = ["acknowledgement_number", "proposed_name", "district", "state", "received_on", "decision_due_on"]
    list_filter = ["state", "district"]
    search_fields = ["acknowledgement_number", "proposed_name"]
    list_select_related = ["district"]
    inlines = [PromoterInline]


@admin.register(Certificate)
class CertificateAdmin(ReadOnlyAdmin):
    list_display = ["society", "issued_on", "is_deemed"]
    list_select_related = ["society"]
