"""Services of inquiry and inspection: one function per business action (lock, check, transition, save, one
activity entry, in one transaction)."""
