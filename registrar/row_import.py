"""What an all-or-nothing file import refuses with: a bank's requisitions (recovery), a liquidator's claims
(liquidation), a society's creditors (restructuring). Nothing is saved when any row has a problem; the page lists
each row's messages so the file can be corrected and sent again."""

from dataclasses import dataclass


@dataclass
class RowProblem:
    row: int  # the file's row number, as a spreadsheet shows it (row 1: the file itself or its header)
    messages: list


class ImportRefused(Exception):
    """The file had problems: nothing was saved. `problems` is one RowProblem per row with any."""

    def __init__(self, problems):
        super().__init__(f"{len(problems)} row(s) with problems")
        self.problems = problems
