"""Sweepers of registration (deemed registration under the proviso to s.11)."""
