#!/usr/bin/env python3
"""Run the kg command from a checkout: ``python cli.py --help``."""
from kg.cli import app

if __name__ == "__main__":
    app()
