"""URLs of the register of orders, stays and transfers. Each piece adds its own lines."""

from django.urls import path

from .views import register, stays, transfers, verify

urlpatterns: list = [
    path("office/orders/", register.orders_register, name="orders_register"),
    path("office/orders/<int:pk>/", register.order_detail, name="order_detail"),
    path("verify/<str:token>/", verify.verify_order, name="verify_order"),
    # The same page under its older name: certificates' QR codes and templates reverse it (it verifies any order).
    path("verify/<str:token>/", verify.verify_order, name="verify_certificate"),
    path("office/orders/<int:pk>/stay/", stays.order_stay_grant, name="order_stay_grant"),
    path("office/orders/<int:pk>/stay/vacate/", stays.order_stay_vacate, name="order_stay_vacate"),
    path("office/officers/", transfers.officer_list, name="officer_list"),
    path("office/officers/<int:pk>/transfer/", transfers.officer_transfer_cases_page, name="officer_transfer_cases"),
]
