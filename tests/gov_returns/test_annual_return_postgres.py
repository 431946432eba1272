"""Filing annual returns concurrently on real PostgreSQL (the September rush): row locks and the numbering."""

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connections

from societies.governance.models import AnnualReturn

from .helpers import file_return, hold_agm, make_society, open_year

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def _race(*jobs):
    results: list = []
    start = threading.Barrier(len(jobs))

    def run(job):
        try:
            start.wait(10)
            results.append(job())
        except Exception as exc:  # collected for the assertion
            results.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return results


def test_annual_return_concurrent_filings_of_one_year_file_once(secretary):
    year = hold_agm(open_year(secretary.society))
    results = _race(lambda: file_return(secretary, year), lambda: file_return(secretary, year))
    filed = [r for r in results if isinstance(r, AnnualReturn)]
    refused = [r for r in results if isinstance(r, ValidationError)]
    assert (len(filed), len(refused)) == (1, 1), results
    assert refused[0].messages == ["This return is filed and cannot change. To correct it, file a correction."]
    assert AnnualReturn.objects.filter(financial_year=year).count() == 1


def test_annual_return_concurrent_filings_get_distinct_numbers(secretary, sonitpur):
    years = [hold_agm(open_year(secretary.society))]
    for n in range(3):
        years.append(hold_agm(make_society(sonitpur, n + 1, secretary=secretary)[1]))
    results = _race(*[lambda year=year: file_return(secretary, year) for year in years])
    assert all(isinstance(r, AnnualReturn) for r in results), results
    assert sorted(r.acknowledgement_number for r in results) == [
        f"RET/SNT/2026/{n:06d}" for n in range(1, 5)]
