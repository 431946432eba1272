"""Bringing a society's existing register of members in from a CSV or XLSX file (issue 14 point 6).

- `reading.py`: the file itself, assumed hostile: type by content (not by name), size, rows and cells bounded,
  XLSX opened only after its zip directory passes (no zip bomb, no macros), cells read as values (a formula is
  refused, never evaluated), CSV only as UTF-8 (with or without a BOM).
- `columns.py`: the expected columns and the template files (CSV and XLSX) a secretary downloads.
- `checking.py`: every row validated (age at admission, duplicates in the file and in the society, shares and
  the holding cap, dates, categories in English or Assamese); the per-row problems.
- `tasks.py`: the Celery tasks that check and import a job (membership.services.imports does the work).
"""
