"""Services of restructuring: one function per state change (lock, check, transition, save, one activity
entry, same transaction). Import them from their modules: scheme.py (the resolution and the scheme, the s.116
sanction), notices.py (notices, service, options), creditors.py, windows.py (deemed assent, windows closed)."""
