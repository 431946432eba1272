import threading

import pytest
from django.db import connections, transaction

from registrar.models import District
from registrar.numbering import next_number


@pytest.mark.django_db
def test_numbers_run_per_series_district_and_year():
    snt, kmr = District.objects.get(code="SNT"), District.objects.get(code="KMR")
    assert [next_number("ack", snt, 2026) for _ in range(3)] == [1, 2, 3]
    assert next_number("ack", kmr, 2026) == 1
    assert next_number("ack", snt, 2027) == 1
    assert next_number("reg", snt, 2026) == 1
    assert next_number("reg", snt, 2026, floor=40) == 41


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_callers_never_share_a_number():
    snt = District.objects.get(code="SNT")
    taken: list[int] = []
    barrier = threading.Barrier(4)

    def take():
        try:
            barrier.wait(10)
            for _ in range(5):
                with transaction.atomic():
                    taken.append(next_number("ack", snt, 2026))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=take) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(taken) == list(range(1, 21))
