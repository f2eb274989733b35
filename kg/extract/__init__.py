"""Extraction stage: spaCy components that find entities and measures."""
