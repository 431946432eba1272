"""Services of membership: one function per action (lock, permission, change, save, one activity entry).

- register.py: changes to an entry's particulars and nominations (the entry itself is opened by admission,
  founders at registration, or the import).
- shares.py: allotment, transfer between members, refund, transfer to heirs (ss.52-57), with the holding cap.
- people.py: proposing, confirming and rejecting identity links (a person across societies).
"""
