"""Allow ``python -m briefings``."""

import sys

from briefings.cli import main

if __name__ == "__main__":
    sys.exit(main())
