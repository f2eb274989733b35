"""Entity candidate components (one rule each)."""
