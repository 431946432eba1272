from django.core.management.base import BaseCommand, CommandError

from registrar.anchor import AnchorRefused, anchor_alias, checkpoint_append


class Command(BaseCommand):
    help = ("Verify the activity log since the last checkpoint and append its head as a new checkpoint, through "
            "the `anchor` connection (ANCHOR_DATABASE_URL: a role that may only read the log and append "
            "checkpoints; ADR 0031). --publish also e-mails the head to the Registrar and lists it on "
            "/activity/head/. Refuses, and exits non-zero, when the log no longer holds the last checkpoint.")

    def add_arguments(self, parser):
        parser.add_argument("--publish", action="store_true", help="the daily published head")

    def handle(self, *args, **options):
        try:
            checkpoint = checkpoint_append(publish=options["publish"])
        except AnchorRefused as exc:
            raise CommandError(f"activity log NOT anchored: {exc}") from exc
        self.stdout.write(f"checkpoint of entry #{checkpoint.seq}, head {checkpoint.hash} "
                          f"(through the {anchor_alias()!r} connection{', published' if checkpoint.published else ''})")
