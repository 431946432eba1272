"""Pages of the scheme and its notices (R1): the secretary's (society.py) and the office's read pages (office.py).
The conditions before effect and the approval are R2's (effect_views.py), a panel on the office scheme page."""
