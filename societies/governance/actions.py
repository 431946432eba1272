"""Activity codes of supervision (Board, meetings, returns)."""
