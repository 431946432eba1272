"""Bye-laws as versioned text and their s.12 amendments (issue 16)."""
