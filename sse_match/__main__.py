import sys

from sse_match.cli import main

sys.exit(main())
