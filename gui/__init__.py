"""Apptoto Sheets: send Excel appointment schedules to Apptoto."""

__version__ = "0.1.0"
