"""The office signature on order PDFs (issue 13 point 1; ADR 0033)."""
