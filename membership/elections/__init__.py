"""Board elections run from the register (issue 15 point 3; ADR 0042).

- rules.py      the statute as pure functions (term window, reserved seats, territorial dates, winners and the
                lot), each citing its rules.yaml id;
- scrutiny.py   the automatic scrutiny of a nomination (ss.37, 40, 35(2), 26(3), 27(1); bars on the person);
- services.py   announce, nominate, record the counts, declare (an order; supervision's Board), office-bearers;
- selectors.py  the office's list of Boards whose term ends within six months, and elections in progress;
- orders.py     the order kind of the result declaration; documents.py the PDFs (notice, scrutiny, result);
- views.py, forms.py, urls.py, demo.py.
The model rows are membership.models.elections (Election, ElectionSeatGroup, Candidate).
"""
