"""Documents adapter: reportlab PDFs and openpyxl Excel exports."""
