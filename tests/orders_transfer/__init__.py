"""Moving a transferred officer's open cases to the successor (issue 13 point 1)."""
