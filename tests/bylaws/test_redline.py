"""The officer's redline: an inserted, a deleted and a changed clause, marked word by word (difflib)."""

from societies.bylaws import clausefile, redline

BASE = clausefile.parse("# 3\n5. Any adult may be admitted.\n6. A member may withdraw.\n7. Fees are ten rupees.\n")


def test_amendment_redline_marks_inserted_clause():
    proposed = clausefile.parse("# 3\n5. Any adult may be admitted.\n5A. A minor may not.\n6. A member may "
                                "withdraw.\n7. Fees are ten rupees.\n")
    [change] = redline.changes(BASE, proposed)
    assert (change.change, change.number, change.old_text) == (redline.INSERTED, "5A", "")
    assert [(s.op, s.text) for s in change.segments] == [("ins", "A minor may not.")]


def test_amendment_redline_marks_deleted_clause():
    proposed = clausefile.parse("# 3\n5. Any adult may be admitted.\n7. Fees are ten rupees.\n")
    [change] = redline.changes(BASE, proposed)
    assert (change.change, change.number, change.new_text) == (redline.DELETED, "6", "")
    assert [(s.op, s.text) for s in change.segments] == [("del", "A member may withdraw.")]


def test_amendment_redline_marks_changed_words_in_clause():
    proposed = clausefile.parse("# 3\n5. Any adult may be admitted.\n6. A member may withdraw.\n"
                                "7. Fees are twenty rupees.\n")
    [change] = redline.changes(BASE, proposed)
    assert change.change == redline.CHANGED
    assert [(s.op, s.text) for s in change.segments if s.op != "same"] == [("del", "ten"), ("ins", "twenty")]
    applied = redline.apply(BASE, [change])
    assert [c.text for c in applied][-1] == "Fees are twenty rupees."
