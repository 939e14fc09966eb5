"""Talking to Apptoto: HTTP client, submit engine, journal, credentials, and the local sandbox."""
