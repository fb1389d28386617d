"""`kopdes ...`: the services for automation, support and batch work.
Exit codes: 0 ok, 2 refused input (reason on stderr, nothing written), 1 unexpected."""
