"""`python -m casefiles.cli`: the same as `casefiles-cli`."""

import sys

from casefiles.cli import main

sys.exit(main())
