"""Bakijai services, one function per business action (design.md): lock, check, change, save, one activity
entry, in one transaction. Split by concern: filing (claimants, delegations, requisitions, CSV), decision
(hearing, certificate, service, extension, default, cancellation), money (payments, instalments, distraint),
enforcement (attachment, execution, prosecution)."""
