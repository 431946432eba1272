"""The public face at scale (issue 24): the public register at /register/, the read-only REST API under /api/v1/
with its change feed, the nightly open-data downloads, and the office's registration reports.

Other modules add to it without changing it: a field of the register (`fields.public_field`), a section of a
society's public page (`sections.public_section`), an event of the change feed (`feed.public_change`), and an
order kind shown in public (`OrderKind(public=True)`)."""
