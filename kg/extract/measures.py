"""Measures: numbers with units, years, actual or target, growth (to be written)."""
from spacy.language import Language


@Language.component("kg_measures")
def measures_component(doc):
    return doc
