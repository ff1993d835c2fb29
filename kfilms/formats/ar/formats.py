"""Arabic number format as read in Morocco (CLDR ar-MA): Django's own leaves large numbers ungrouped."""

# With Django's Arabic separators ("," decimal, "." thousands), 12400 reads "12.400".
NUMBER_GROUPING = 3
