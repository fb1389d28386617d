"""Pure rules: no Qt, no SQL, no I/O, no clock. Pass `now` in."""
