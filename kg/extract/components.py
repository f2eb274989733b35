"""Register each rule as a spaCy component that appends to ``doc._.candidates``.

A rule is a function ``(Context) -> Iterable[Candidate]``; ``RULES`` maps component
names to rules, so adding a rule is one line here and one name in the pipeline list.
"""
from __future__ import annotations

from spacy.language import Language

from . import departments, enumerations, organizations, places, programs, projects, quoted
from .context import Context
from .words import Words

RULES = {
    "kg_quoted": quoted.find,
    "kg_departments": departments.find,
    "kg_organizations": organizations.find,
    "kg_places": places.find,
    "kg_programs": programs.find,
    "kg_projects": projects.find,
    "kg_enumerations": enumerations.find,
}


def context(doc) -> Context:
    """The rules' view of a Doc, built once per Doc."""
    if doc.user_data.get("kg_context") is None:
        doc.user_data["kg_context"] = Context(doc._.document, doc._.structure, Words.from_doc(doc))
    return doc.user_data["kg_context"]


def _component(rule):
    def component(doc):
        doc._.candidates.extend(rule(context(doc)))
        return doc

    return component


for _name, _rule in RULES.items():
    Language.component(_name, func=_component(_rule))
