"""Appeals, review petitions and disputes (ss.92-93, 111) (issue 23)."""
