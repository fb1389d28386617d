"""Devices adapter: ESC/POS printers, cash drawer, print queue worker (issue: receipts)."""
