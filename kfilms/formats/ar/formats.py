"""Arabic formats as read in Morocco (CLDR ar-MA), where Django's own differ."""

# With Django's Arabic separators ("," decimal, "." thousands), 12400 reads "12.400";
# Django's own leaves large numbers ungrouped.
NUMBER_GROUPING = 3
# "30 نونبر 2019": CLDR's long date, without the comma Django puts before the year.
DATE_FORMAT = "j F Y"
