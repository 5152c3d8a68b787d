"""`python -m editor` is the same entry point as the `synoptic` command."""

import sys

from editor.cli import main

sys.exit(main())
