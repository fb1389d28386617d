"""Pages of the main window. Each page is registered with a PageSpec (see app.ui.navigation)."""
