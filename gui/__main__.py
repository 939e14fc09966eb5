"""`python -m gui` runs the same entry point as the `apptoto-sheets` console script."""

from gui.cli import main

raise SystemExit(main())
