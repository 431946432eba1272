"""Registration of a society (ss.4-11, lifecycles.md §1), laid out like societies/governance/ (ADR 0017).

Its models stay in the `societies` app (societies/models.py imports them): same app label, same tables.
"""
