"""Kopdes: point of sale and bookkeeping for a Koperasi Desa/Kelurahan Merah Putih outlet."""

__version__ = "0.1.0"
