"""``python -m kg``: the kg command line."""
from .cli import main

main()
