"""The spaCy pipeline: a blank Chinese model with jieba, plus small components.

Each component has one job and writes to a ``Doc._`` extension:
candidate generators append ``Candidate`` spans to ``doc._.candidates``; the
measure component fills ``doc._.measures``. The pipeline is assembled from a
list of component names, so a rule can be switched off and measured:

>>> from kg.ingest import make_document
>>> from pathlib import Path
>>> doc = run(make_document(Path("a.txt"), "区发改委牵头实施“暖居”工程。"))  # doctest: +SKIP
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import lru_cache

from ..model import Document, Structure

log = logging.getLogger(__name__)

# Order matters only for readability: resolution ranks candidates, not components.
DEFAULT_COMPONENTS = (
    "kg_quoted",
    "kg_departments",
    "kg_function_bodies",
    "kg_mass_bodies",
    "kg_standard_departments",
    "kg_party_committees",
    "kg_state_council_bodies",
    "kg_township_bodies",
    "kg_party_centre",
    "kg_issuer_place_bodies",
    "kg_broken_congresses",
    "kg_prefecture_bodies",
    "kg_honoured_units",
    "kg_place_chambers",
    "kg_verb_named_funds",
    "kg_organizations",
    "kg_named_bodies",
    "kg_enterprise_lists",
    "kg_acting_institutions",
    "kg_headquarters",
    "kg_international_names",
    "kg_trade_named_firms",
    "kg_partner_lists",
    "kg_legal_form_companies",
    "kg_honoured_firms",
    "kg_branches",
    "kg_numbered_units",
    "kg_capacity_producers",
    "kg_honoured_firm_lists",
    "kg_research_stations",
    "kg_flagship_stores",
    "kg_places",
    "kg_square_places",
    "kg_zone_places",
    "kg_bracketed_zones",
    "kg_compatriot_places",
    "kg_dash_places",
    "kg_natural_features",
    "kg_basin_rivers",
    "kg_region_places",
    "kg_township_short_forms",
    "kg_township_modifiers",
    "kg_county_modifiers",
    "kg_township_items",
    "kg_township_offices",
    "kg_province_parts",
    "kg_foreign_divisions",
    "kg_route_ends",
    "kg_numbered_roads",
    "kg_numbered_highways",
    "kg_stations",
    "kg_honoured_villages",
    "kg_counted_short_places",
    "kg_listed_town_short_places",
    "kg_new_towns",
    "kg_home_places",
    "kg_unknown_home",
    "kg_division_paths",
    "kg_city_parts",
    "kg_zone_committees",  # after the place rules: a found zone opens its committee
    "kg_programs",
    "kg_projects",
    "kg_place_quantity",
    "kg_place_renovation",
    "kg_enumerations",
    "kg_closed_list_siblings",
    "kg_lists",
    "kg_counted_firm_lists",  # after the lists: their last item would take the count (丙3家银行)
    "kg_investment_short_forms",
    "kg_launched_schemes",
    "kg_glossary_schemes",
    "kg_signed_agreements",
    "kg_coordinated_reforms",
    "kg_shared_head_conjuncts",
    "kg_next_round_schemes",
    "kg_place_aims",
    "kg_aim_enumerations",
    "kg_place_visions",
    "kg_abbreviations",
    "kg_event_series",
    "kg_session_events",
    "kg_expo_abbreviations",
    "kg_train_services",
    "kg_corridor_schemes",
    "kg_duration_plans",
    "kg_quoted_events",
    "kg_period_plans",
    "kg_period_tags",
    "kg_counted_packages",
    "kg_listed_schemes",
    "kg_launched_quotes",
    "kg_counted_quotes",
    "kg_works_as_projects",
    "kg_five_year_plans",
    "kg_creation_drives",
    "kg_access_schemes",
    "kg_swap_abbreviations",
    "kg_numeral_slogans",
    "kg_counted_housing",
    "kg_listed_works",
    "kg_model_projects",
    "kg_built_works",
    "kg_route_works",
    "kg_insurance_schemes",
    "kg_restoration_schemes",
    "kg_listed_projects",
    "kg_issued_packages",
    "kg_bundled_packages",
    "kg_opened_works",
    "kg_invested_projects",
    "kg_poverty_schemes",
    "kg_state_strategies",
    "kg_chief_systems",
    "kg_education_campaigns",
    "kg_scheme_period_plans",
    "kg_action_tags",
    "kg_switch_tags",
    "kg_renewal_tags",
    "kg_quoted_funds",
    "kg_quoted_code_names",
    "kg_listed_siblings",
    "kg_facility_heads",
    "kg_dash_routes",
    "kg_line_segments",
    "kg_ordinal_facilities",
    "kg_ranked_facilities",
    "kg_bracketed_projects",
    "kg_central_firm_projects",
    "kg_ranged_lines",
    "kg_sited_lists",
    "kg_project_lists",
    "kg_lac_organizations",  # last generator: it skips spans the rules found
    "kg_numbered_sessions",
    "kg_place_suffix_levels",  # after the place rules: a found place's own 区 is no level
    "kg_held_gatherings",
    "kg_stationed_forces",
    "kg_titled_bodies",
    "kg_program_modifiers",
    "kg_program_domains",
    "kg_program_ideologies",
    "kg_program_brands",
    "kg_program_plan_documents",
    "kg_program_area_plans",
    "kg_project_descriptions",
    "kg_project_act_items",
    "kg_project_class_nouns",
    "kg_project_class_scopes",
    "kg_titled_persons",
    "kg_project_field_lists",
    "kg_clause_names",
    "kg_place_modifiers",
    "kg_country_scopes",
    "kg_counted_places",
    "kg_joined_places",
    "kg_oil_firm_places",
    "kg_quoted_tags",
    "kg_quoted_outcomes",
    "kg_quoted_categories",
    "kg_quoted_designations",
    "kg_quoted_media",
    "kg_program_works",
    "kg_program_meetings",
    "kg_program_class_nouns",
    "kg_program_anniversaries",
    "kg_program_network_works",
    "kg_program_state_heads",
    "kg_program_zone_modifiers",
    "kg_program_effort_clauses",
    "kg_honour_titles",
    "kg_measures",
)


@dataclass(frozen=True)
class Candidate:
    """A span that a rule proposes as an entity mention.

    ``name`` overrides the surface text as the canonical form (quotes dropped,
    a head noun added); ``score`` ranks overlapping candidates; candidates that
    share a ``group`` are surface forms of one thing (“暖居” and “暖居”工程).
    """

    start: int
    end: int
    type: str
    rule: str
    score: float = 0.5
    name: str | None = None
    also: str | None = None
    group: int | None = None


def components_without(disabled: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The default component list minus ``disabled`` (with or without the kg_ prefix).

    >>> "kg_quoted" in components_without(["quoted"])
    False
    """
    names = {d if d.startswith("kg_") else f"kg_{d}" for d in disabled}
    unknown = names - set(DEFAULT_COMPONENTS)
    if unknown:
        from ..errors import KGError

        raise KGError(f"unknown component {', '.join(sorted(unknown))}; "
                      f"choose from {', '.join(DEFAULT_COMPONENTS)}")
    return tuple(c for c in DEFAULT_COMPONENTS if c not in names)


def _register_extensions() -> None:
    from spacy.tokens import Doc

    for name, default in (("document", None), ("structure", None),
                          ("candidates", None), ("measures", None)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def _import_components() -> None:
    """Import the modules whose decorators register the components."""
    from . import components, measures  # noqa: F401


@lru_cache(maxsize=8)
def build_nlp(components: tuple[str, ...] = DEFAULT_COMPONENTS):
    """A blank ``zh`` pipeline with jieba segmentation and the named components."""
    import spacy

    _register_extensions()
    _import_components()
    os.environ.setdefault("JIEBA_CACHE", "")
    _quiet_jieba()
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.max_length = 10 ** 9  # no parser or NER here; ingest's KG_MAX_BYTES is the limit
    for name in components:
        nlp.add_pipe(name)
    return nlp


def _quiet_jieba() -> None:
    import jieba

    jieba.setLogLevel(logging.WARNING)


def run(document: Document, structure: Structure | None = None,
        components: tuple[str, ...] = DEFAULT_COMPONENTS):
    """Run the pipeline over a document; returns the spaCy Doc with extensions set."""
    from ..structure import structure_of

    nlp = build_nlp(tuple(components))
    doc = nlp.make_doc(document.text)
    doc._.document = document
    doc._.structure = structure or structure_of(document)
    doc._.candidates = []
    doc._.measures = []
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc
