from tests.triad import Case


def _secretary_society(personas):
    """Nilima's Sonitpur society: she (its secretary) sees its timeline; other citizens and Kamrup's ARCS get 404.

    The office side (Sonitpur's ARCS 200, the Registrar 200) is tested in tests/timeline/test_timeline_page.py,
    since one URL has one triad case and this page serves both audiences."""
    secretary = personas["secretary"]
    return {"pk": secretary.society.pk}, secretary, ""


CASES = [
    Case("society_timeline", "owner", build=_secretary_society),
]
