"""Bakijai: recovery of dues by Cooperative Demand Certificate (s.114, Schedule C) (issue 22)."""
