"""The statutory register of members (s.24), one identity for a person across societies, shares and nominations.

Layout (read this before building on it):

- `Person` (person.py): one human being, the same across every society and the Board (never an Aadhaar number).
  `PersonLink` proposes "this register entry / this Director is that Person" by fuzzy matching; an officer or the
  person confirms or rejects it.
- `Member` (register.py): one entry in one society's register (s.24): its number, the person, how and when they
  were admitted and, for a former member, when and why they ceased. It holds the entry's **current** particulars.
- `MemberVersion` (register.py): the history of each entry as temporal rows. Every change to an entry closes the
  open version (`valid_to` = the day the change takes effect) and opens a new one with a full copy of the
  particulars, so "the register as it stood on day D" is one indexed query:
  ``valid_from <= D < valid_to (or valid_to is null)`` (ADR 0037). Only `membership.register` writes versions:
  call `register.entry_open` / `register.entry_change`, never save a Member's particulars by hand.
- `Nomination` (register.py): the member's nominee (s.55) with history (valid_from / valid_to).
- `ShareLedgerEntry` (shares.py): every movement of a member's shares (allotment, transfer, refund, to heirs);
  the register's shares and their value are sums over it, never a stored total.
- `MembershipApplication`, `Termination` (admission.py): admission (s.20) with its deemed admission and GA
  appeal; the Board's termination (s.23) with its appeal and the s.24(2) deletion hold.
- `Election`, `ElectionSeatGroup`, `Candidate` (elections.py): Board elections run from the register (issue 15
  point 3): announced, nominations scrutinised automatically, counts, lot, result declared into governance.Board.
- `MembershipSettings` (shares.py): the bye-law figures membership reads (share value, holding cap, minimum age).
- `RegisterImport` / `RegisterImportProblem` (imports.py): an uploaded existing register, its per-row report.
- `VoterList`, `VoterListEntry`, `VoterObjection` (voters.py): the annual lists of members with and without a
  vote (s.26(3)), members' objections, the final list (membership.voters; ADR 0041).
"""

from .admission import AppState, Channel, Ground, MembershipApplication, Termination, TermState
from .choices import Category, Gender, ParentRelation
from .elections import Candidate, Election, ElectionSeatGroup
from .imports import RegisterImport, RegisterImportProblem
from .person import Person, PersonLink
from .register import AdmissionBasis, CessationCause, Member, MemberClass, MemberVersion, Nomination
from .shares import MembershipSettings, ShareLedgerEntry
from .voters import ListState, NoVoteReason, ObjectionState, VoterList, VoterListEntry, VoterObjection

__all__ = [
    "AppState", "Channel", "Ground", "MembershipApplication", "TermState", "Termination",
    "AdmissionBasis", "Candidate", "Category", "CessationCause", "Election", "ElectionSeatGroup", "Gender", "Member",
    "MemberClass", "MemberVersion",
    "MembershipSettings", "Nomination", "ParentRelation", "Person", "PersonLink", "RegisterImport",
    "RegisterImportProblem", "ShareLedgerEntry",
    "ListState", "NoVoteReason", "ObjectionState", "VoterList", "VoterListEntry", "VoterObjection",
]
