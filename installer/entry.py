"""The frozen app's entry script: the same `gui.cli.main` as the `apptoto-sheets` console script."""

import sys

from gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
