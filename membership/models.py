"""Members, membership applications, shares, voter lists (ss.18-28). Models arrive with the membership issue."""
