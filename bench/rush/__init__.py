"""Helpers of bench/september_rush.py: bench-only settings and URLs (the bare-insert views), data seeding and the
concurrent HTTP client. None of this is imported by the production URLconf or settings."""
