"""The frozen `casefiles-cli` executable: the command line (casefiles.cli), which never loads Qt."""

import sys

from casefiles.cli import main

sys.exit(main())
