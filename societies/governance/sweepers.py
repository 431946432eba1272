"""Sweepers of supervision (AGM dissolution, proceedings deemed approved, Board meetings, term expiry)."""
