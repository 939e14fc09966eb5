"""Build and release scripts for the installers (not part of the app): build.py, the spec's helpers, the feed."""
