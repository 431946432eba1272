from django.core.management.base import BaseCommand, CommandError

from registrar.activity import verify_chain


def _head(value: str) -> tuple[int, str]:
    seq, _, hash_ = value.partition(":")
    if not seq.isdigit() or len(hash_) != 64:
        raise CommandError(f"--expect-head takes SEQ:HASH (a published head, 64 hex digits), not {value!r}")
    return int(seq), hash_.lower()


class Command(BaseCommand):
    help = ("Re-check the activity log's hash chain against its checkpoints (ADR 0031). Prints the count, the head "
            "hash and the checkpoint compared; exits non-zero on a break, a truncation or a deleted tail.")

    def add_arguments(self, parser):
        parser.add_argument("--expect-head", metavar="SEQ:HASH",
                            help="a published head (the Registrar's daily e-mail, /activity/head/) the log must hold")

    def handle(self, *args, **options):
        expect = _head(options["expect_head"]) if options.get("expect_head") else None
        report = verify_chain(expect=expect)
        if not report.ok:
            raise CommandError(
                f"activity chain BROKEN at entry #{report.first_broken_seq}: {report.reason} "
                f"({report.count} entries read)"
            )
        anchored = (f"matches the latest checkpoint {report.anchor}" if report.anchor
                    else "no checkpoint yet (run manage.py anchor_activity)")
        self.stdout.write(f"activity chain OK: {report.count} entries; head {report.head_hash}; {anchored}"
                          + ("; holds the expected head" if expect else ""))
