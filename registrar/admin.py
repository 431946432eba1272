"""Admin for Directorate staff: officers, holidays. The activity log is read-only here as everywhere."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from .forms import AdminLoginForm
from .models import ActivityEntry, District, Holiday, Office, Officer, User
from .services import office as office_services


@admin.register(User)
class PortalUserAdmin(UserAdmin):
    fieldsets = (*UserAdmin.fieldsets, ("Portal", {"fields": ("phone", "language")}))
    list_display = ("username", "email", "first_name", "last_name", "is_active", "is_staff")


@admin.register(District)
class DistrictAdmin(admin.ModelAdmin):
    list_display = ("name", "code", "headquarters")
    search_fields = ("name", "code")


@admin.register(Office)
class OfficeAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "district")


@admin.register(Officer)
class OfficerAdmin(admin.ModelAdmin):
    list_display = ("user", "rank", "office", "is_active")
    list_filter = ("rank", "is_active")
    filter_horizontal = ("districts",)
    autocomplete_fields = ("user",)
    search_fields = ("user__username", "user__first_name", "user__last_name")

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)  # districts (M2M) are saved here
        office_services.officer_saved(officer=form.instance, actor=request.user, created=not change)


@admin.register(Holiday)
class HolidayAdmin(admin.ModelAdmin):
    """Every change is logged and re-dates by the Holiday model's own hooks (registrar.services.office), whatever
    the admin path (add, edit, delete, the bulk "delete selected" action); here only who made it is said."""

    list_display = ("date", "name", "is_sudden_closure")
    date_hierarchy = "date"

    def save_model(self, request, obj, form, change):
        with office_services.holiday_changes_by(request.user):
            super().save_model(request, obj, form, change)

    def delete_model(self, request, obj):
        with office_services.holiday_changes_by(request.user):
            super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        with office_services.holiday_changes_by(request.user):
            super().delete_queryset(request, queryset)


@admin.register(ActivityEntry)
class ActivityEntryAdmin(admin.ModelAdmin):
    list_display = ("seq", "at", "action", "society", "target")
    list_filter = ("action",)
    readonly_fields = [f.name for f in ActivityEntry._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


# /admin/login/ reserves an attempt per account and per address before the password is checked, as the portal's
# login does (issue 11 § 2).
admin.site.login_form = AdminLoginForm
