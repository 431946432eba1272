from django.db import models


class ReferenceCounter(models.Model):
    """The last number issued in a series (e.g. acknowledgements of Sonitpur in 2026).

    Numbers are taken under a row lock so that two concurrent submissions or deemed registrations in the same
    district never compute the same "next" number (registrar.numbering.next_number).
    """

    series = models.CharField(max_length=40)
    district = models.ForeignKey("registrar.District", on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["series", "district", "year"], name="reference_counter_once")]

    def __str__(self):
        return f"{self.series}/{self.district_id}/{self.year}: {self.last}"
