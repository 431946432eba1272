"""The register of orders (issue 13): every decision of an officer, of a society's body or of a liquidator, and
every dispatched letter, is one `Order` row with its number, communication date, windows and verification token.
Stays (s.111(4)) are held against one order (`orders.stays`)."""
