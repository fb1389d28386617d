"""Use cases: one function per user action. Each takes a fresh unit of work and the
acting user, checks permission, applies the domain rules, commits once and returns a
frozen result (never an ORM row)."""
