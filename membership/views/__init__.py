"""Views of the register of members, one module per audience: office.py (officers), society.py (the secretary
and the Board), member.py (a member's own entries). The public sees counts only, on the society's public card
(societies/governance/views/public.py)."""
