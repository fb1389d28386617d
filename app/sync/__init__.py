"""Sync adapter: district export packages and hub import."""
