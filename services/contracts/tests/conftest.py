"""Make this folder's helper module importable (``import contracts_testkit``) under importlib mode."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
