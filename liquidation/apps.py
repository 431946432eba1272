from django.apps import AppConfig


class LiquidationConfig(AppConfig):
    name = "liquidation"
