import sys

from wwandoctor.cli import main

sys.exit(main())
