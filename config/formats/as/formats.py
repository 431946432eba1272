"""Assamese formats (FORMAT_MODULE_PATH; Django ships no Assamese locale). Month and weekday names come from
the catalogue (locale/as), digits from registrar.l10n (template filters `date`, `digits`, `inr`)."""

DATE_FORMAT = "d M Y"
SHORT_DATE_FORMAT = "d-m-Y"
DATETIME_FORMAT = "d M Y H:i"
SHORT_DATETIME_FORMAT = "d-m-Y H:i"
DATE_INPUT_FORMATS = ["%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d"]
DATETIME_INPUT_FORMATS = ["%d-%m-%Y %H:%M", "%d-%m-%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%Y-%m-%d %H:%M:%S",
                          "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d"]
FIRST_DAY_OF_WEEK = 1
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = (3, 2, 0)  # Indian grouping, where Django groups numbers itself
