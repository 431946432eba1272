"""Services of bye-laws: one function per action (lock, permission, transition, save, one activity entry).

- versions.py: recording a society's registered bye-laws (a PDF) and transcribing a version clause by clause.
- filing.py: the secretary's s.12 filing and reply, and the s.68 notice of a new address.
- decision.py: the Registrar's direction to reconsider, registration (the new version, the certified copy, the
  fee) and refusal; s.141 for the credit structure.
"""

from .decision import amendment_direct_reconsideration, amendment_refuse, amendment_register
from .filing import amendment_file, amendment_record_address_notice, amendment_reply
from .versions import version_record, version_transcribe

__all__ = ["amendment_direct_reconsideration", "amendment_file", "amendment_record_address_notice",
           "amendment_refuse", "amendment_register", "amendment_reply", "version_record", "version_transcribe"]
