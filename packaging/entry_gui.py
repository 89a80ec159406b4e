"""The frozen `casefiles` executable: the desktop app (casefiles.gui.app)."""

import sys

from casefiles.gui.app import main

sys.exit(main())
