"""Inquiry (s.87), inspection (s.88), costs, surcharge and seizure (ss.89, 103, 126) (issue 19)."""
