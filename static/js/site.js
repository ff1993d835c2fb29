/* Site behaviour; loaded with defer, no inline scripts. */
