"""The Qt desktop GUI. Qt only: windows, pages, dialogs, Qt models and one task runner.
Everything here calls services; no SQL and no business rules live in this package."""
