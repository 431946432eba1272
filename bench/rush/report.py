"""The summary table of the September rush."""

from collections import Counter

from .client import PhaseResult


def _row(result: PhaseResult, locks) -> str:
    waits = (f"{locks.share(locks.samples_with_advisory_wait):5.0%} {locks.advisory / max(locks.samples, 1):5.2f}"
             f" {locks.row / max(locks.samples, 1):5.2f}" if locks is not None else f"{'-':>5} {'-':>5} {'-':>5}")
    return (f"{result.name:<36} {result.done:>6,} {len(result.errors):>6} {result.requests:>6,} "
            f"{result.wall_seconds:>7.2f} {result.per_second:>8.1f} {result.requests / result.wall_seconds:>8.1f} "
            f"{result.median_ms():>7.1f} {result.latency_ms(0.95):>7.1f}  {waits}")


def print_summary(*, phases, extra: list[PhaseResult], filed: PhaseResult | None, checks, target: float,
                  queries: dict[str, int], rounds: int, load: tuple[float, float]) -> None:
    print()
    print("SQL statements per request (counted in-process, django.test.Client): "
          + ", ".join(f"{name} {n}" for name, n in queries.items()))
    print(f"{rounds} rounds, each: bare inserts, bare inserts + activity, a share of the filings; machine load "
          f"average {load[0]:.1f} before, {load[1]:.1f} after (2 cores: other processes compete)")
    print()
    print(f"{'phase':<36} {'done':>6} {'errors':>6} {'reqs':>6} {'wall s':>7} {'units/s':>8} {'reqs/s':>8} "
          f"{'med ms':>7} {'p95 ms':>7}  {'adv%':>5} {'adv':>5} {'row':>5}")
    print("-" * 128)
    for result, locks in phases:
        print(_row(result, locks))
    for result in extra:
        print(_row(result, None))
    print("  units: one bare POST, or one complete filing (all its requests); med/p95 per unit; adv% = share of")
    print("  pg_stat_activity samples with a request waiting on the activity log's advisory lock; adv/row = mean")
    print("  number of backends waiting on it / on a row lock per sample.")

    bare = next(r for r, _locks in phases if r.name.startswith("bare insert (1 row)"))
    logged = next((r for r, _locks in phases if "activity" in r.name), None)
    bare_rate = bare.per_second
    print()
    print(f"bare insert: {bare_rate:,.1f}/s"
          + (f"   bare insert + activity entry: {logged.per_second:,.1f}/s "
             f"(ratio to bare {logged.per_second / bare_rate:.2f})" if logged else ""))
    if filed is not None:
        ratio = filed.per_second / bare_rate
        print(f"annual returns filed: {filed.per_second:,.1f}/s ({filed.requests / max(len(filed.outcomes), 1):.1f}"
              f" requests each), errors {len(filed.errors)}")
        print(f"RATIO filings/s : bare inserts/s = {ratio:.2f}  (target >= {target}: "
              f"{'MET' if ratio >= target else 'NOT MET'})")
    for result, _locks in phases:
        for error, count in Counter(o.error for o in result.errors).most_common(5):
            print(f"  error in '{result.name}' x{count}: {error}")
    for result in extra:
        for error, count in Counter(o.error for o in result.errors).most_common(5):
            print(f"  error in '{result.name}' x{count}: {error}")
    print()
    print("verification:")
    for check in checks:
        print(f"  [{'ok' if check.ok else 'FAIL'}] {check.label}: {check.detail}")
