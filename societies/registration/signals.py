"""Signals of registration, for the modules that wait on a registration they did not start.

`society_registered` is sent inside the registration's transaction once the society exists and the application is
saved: registered by the officer (s.11) or deemed registered on its legal day (proviso to s.11). Restructuring
(issue 17) links a new society of a scheme of division or amalgamation to it and lets the scheme take effect.
Arguments: application, society, on (the registration date), today (the day the service or sweep ran).
"""

from django.dispatch import Signal

society_registered = Signal()
