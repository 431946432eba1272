"""The dues ledger (issue 13 point 3): money a society or a person owes the office or a claimant, and payments."""
