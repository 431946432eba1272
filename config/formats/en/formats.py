"""English formats (FORMAT_MODULE_PATH). Dates are typed dd-mm-yyyy in every language: Django's own English
formats would read 05/06/2026 as 6 May (m/d/Y). ISO (2026-06-05) is still accepted."""

DATE_FORMAT = "d M Y"
SHORT_DATE_FORMAT = "d-m-Y"
DATETIME_FORMAT = "d M Y H:i"
SHORT_DATETIME_FORMAT = "d-m-Y H:i"
DATE_INPUT_FORMATS = ["%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d"]
DATETIME_INPUT_FORMATS = ["%d-%m-%Y %H:%M", "%d-%m-%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%Y-%m-%d %H:%M:%S",
                          "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d"]
FIRST_DAY_OF_WEEK = 1  # Monday
