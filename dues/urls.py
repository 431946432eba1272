"""URLs of the dues ledger: office pages under /office/, the secretary's ledger under /society/<pk>/."""

from django.urls import path

from .views import office, society

urlpatterns = [
    path("office/dues/", office.office_dues, name="office_dues"),
    path("office/dues/<int:pk>/pay/", office.office_due_pay, name="office_due_pay"),
    path("office/societies/<int:pk>/dues/", office.office_society_dues, name="office_society_dues"),
    path("office/societies/<int:pk>/dues/raise/", office.office_due_raise, name="office_due_raise"),
    path("society/<int:pk>/dues/", society.society_dues, name="society_dues"),
]
