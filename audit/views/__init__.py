"""Views of the statutory audit, one module per audience and concern."""
