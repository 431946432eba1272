from django.db import models


class ReferenceCounter(models.Model):
    """The last number issued in a series (e.g. acknowledgements of Sonitpur in 2026).

    Numbers are taken under a row lock so that two concurrent submissions or deemed registrations in the same
    district never compute the same "next" number (registrar.numbering.next_number). A statewide series (the
    Registrar's rectification orders) has no district: `district=None`, kept unique by a partial constraint.
    """

    series = models.CharField(max_length=40)
    district = models.ForeignKey("registrar.District", on_delete=models.PROTECT, related_name="+", null=True, blank=True)
    year = models.PositiveSmallIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["series", "district", "year"], name="reference_counter_once"),
            # NULLs are distinct in a plain unique constraint: statewide series need their own.
            models.UniqueConstraint(fields=["series", "year"], condition=models.Q(district__isnull=True),
                                    name="reference_counter_statewide_once"),
        ]

    def __str__(self):
        return f"{self.series}/{self.district_id}/{self.year}: {self.last}"
