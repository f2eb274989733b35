"""Register each rule as a spaCy component that appends to ``doc._.candidates``.

A rule is a function ``(Context) -> Iterable[Candidate]``; ``RULES`` maps component
names to rules, so adding a rule is one line here and one name in the pipeline list.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from spacy.language import Language

from . import departments, enumerations, honours, organizations, places, programs, projects, quoted, tagger
from .context import Context, byline_person
from .words import Words

RULES = {
    "kg_quoted": quoted.find,
    "kg_departments": departments.find,
    "kg_function_bodies": departments.function_bodies,
    "kg_mass_bodies": departments.levelled_mass_bodies,
    "kg_standard_departments": departments.standard_departments,
    "kg_party_committees": departments.party_committees,
    "kg_state_council_bodies": departments.state_council_bodies,
    "kg_township_bodies": departments.township_bodies,
    "kg_party_centre": departments.party_centre,
    "kg_issuer_place_bodies": departments.issuer_place_bodies,
    "kg_broken_congresses": departments.broken_congresses,
    "kg_prefecture_bodies": departments.prefecture_bodies,
    "kg_honoured_units": departments.honoured_units,
    "kg_zone_committees": departments.zone_committees,
    "kg_place_chambers": departments.place_chambers,
    "kg_verb_named_funds": departments.verb_named_funds,
    "kg_organizations": organizations.find,
    "kg_named_bodies": organizations.named_bodies_found,
    "kg_enterprise_lists": organizations.enterprise_lists,
    "kg_acting_institutions": organizations.acting_institutions,
    "kg_headquarters": organizations.headquarters,
    "kg_international_names": organizations.international_by_name,
    "kg_trade_named_firms": organizations.trade_named_firms,
    "kg_counted_firm_lists": organizations.counted_firm_lists,
    "kg_investment_short_forms": organizations.investment_short_forms,
    "kg_partner_lists": organizations.partner_lists,
    "kg_legal_form_companies": organizations.legal_form_companies,
    "kg_honoured_firms": organizations.honoured_firms,
    "kg_branches": organizations.branches,
    "kg_numbered_units": organizations.numbered_units,
    "kg_capacity_producers": organizations.capacity_producers,
    "kg_honoured_firm_lists": organizations.honoured_firm_lists,
    "kg_research_stations": organizations.research_stations,
    "kg_flagship_stores": organizations.flagship_stores,
    "kg_places": places.find,
    "kg_square_places": places.squares_as_places,
    "kg_zone_places": places.zones,
    "kg_bracketed_zones": places.bracketed_zones,
    "kg_compatriot_places": places.compatriots,
    "kg_dash_places": places.dash_parts,
    "kg_natural_features": places.natural_features,
    "kg_basin_rivers": places.basin_rivers,
    "kg_region_places": places.regions,
    "kg_township_short_forms": places.township_short_forms,
    "kg_township_offices": places.township_offices,
    "kg_township_modifiers": places.township_modifiers,
    "kg_county_modifiers": places.county_modifiers,
    "kg_township_items": places.township_items,
    "kg_province_parts": places.province_parts,
    "kg_foreign_divisions": places.foreign_divisions,
    "kg_route_ends": places.route_ends,
    "kg_numbered_roads": places.numbered_roads,
    "kg_numbered_highways": places.numbered_highways,
    "kg_stations": places.stations,
    "kg_honoured_villages": places.honoured_villages,
    "kg_counted_short_places": places.counted_short_places,
    "kg_listed_town_short_places": places.listed_town_short_places,
    "kg_new_towns": places.new_towns,
    "kg_home_places": places.home_places,
    "kg_unknown_home": places.unknown_home,
    "kg_division_paths": places.division_paths,
    "kg_listed_siblings": places.listed_siblings,
    "kg_city_parts": places.city_parts,
    "kg_programs": programs.find,
    "kg_projects": projects.find,
    "kg_place_quantity": projects.place_quantity,
    "kg_place_renovation": projects.place_renovation,
    "kg_enumerations": enumerations.find,
    "kg_closed_list_siblings": enumerations.closed_list_siblings,
    "kg_lists": enumerations.lists,
    "kg_launched_schemes": programs.launched_schemes,
    "kg_glossary_schemes": programs.glossary_schemes,
    "kg_signed_agreements": programs.signed_agreements,
    "kg_coordinated_reforms": programs.coordinated_reforms,
    "kg_shared_head_conjuncts": programs.shared_head_conjuncts,
    "kg_next_round_schemes": programs.next_round_schemes,
    "kg_place_aims": programs.place_aims,
    "kg_aim_enumerations": programs.aim_enumerations,
    "kg_place_visions": programs.place_visions,
    "kg_abbreviations": quoted.abbreviations,
    "kg_event_series": programs.event_series,
    "kg_session_events": programs.session_events,
    "kg_expo_abbreviations": programs.expo_abbreviations,
    "kg_train_services": programs.train_services,
    "kg_corridor_schemes": programs.corridor_schemes,
    "kg_duration_plans": programs.duration_plans,
    "kg_quoted_events": quoted.quoted_events,
    "kg_period_plans": quoted.period_plans,
    "kg_period_tags": quoted.period_tags,
    "kg_counted_packages": quoted.counted_packages,
    "kg_listed_schemes": quoted.listed_schemes,
    "kg_launched_quotes": quoted.launched_quotes,
    "kg_counted_quotes": quoted.counted_quotes,
    "kg_works_as_projects": programs.works_as_projects,
    "kg_five_year_plans": quoted.five_year_plans,
    "kg_creation_drives": programs.creation_drives,
    "kg_access_schemes": programs.access_schemes,
    "kg_swap_abbreviations": programs.swap_abbreviations,
    "kg_numeral_slogans": programs.numeral_slogans,
    "kg_counted_housing": programs.counted_housing,
    "kg_listed_works": enumerations.listed_works,
    "kg_model_projects": projects.model_projects,
    "kg_built_works": enumerations.built_works,
    "kg_route_works": projects.route_works,
    "kg_insurance_schemes": programs.insurance_schemes,
    "kg_restoration_schemes": programs.restoration_schemes,
    "kg_listed_projects": enumerations.listed_projects,
    "kg_issued_packages": programs.issued_packages,
    "kg_bundled_packages": programs.bundled_packages,
    "kg_poverty_schemes": programs.poverty_schemes,
    "kg_state_strategies": programs.state_strategies,
    "kg_chief_systems": programs.chief_systems,
    "kg_education_campaigns": programs.education_campaigns,
    "kg_opened_works": enumerations.opened_works,
    "kg_invested_projects": projects.invested_projects,
    "kg_scheme_period_plans": quoted.scheme_period_plans,
    "kg_action_tags": quoted.action_tags,
    "kg_switch_tags": quoted.switch_tags,
    "kg_renewal_tags": quoted.renewal_tags,
    "kg_quoted_funds": quoted.quoted_funds,
    "kg_quoted_code_names": quoted.code_names,
    "kg_facility_heads": projects.facility_heads,
    "kg_dash_routes": projects.dash_routes,
    "kg_sited_lists": enumerations.sited_lists,
    "kg_project_lists": enumerations.project_lists,
    "kg_line_segments": projects.line_segments,
    "kg_ordinal_facilities": projects.ordinal_facilities,
    "kg_ranked_facilities": projects.ranked_facilities,
    "kg_bracketed_projects": projects.bracketed_projects,
    "kg_central_firm_projects": projects.central_firm_projects,
    "kg_ranged_lines": projects.ranged_lines,
    "kg_lac_organizations": tagger.lac_organizations,
}


@dataclass(frozen=True)
class Veto:
    """A veto ``(Context, Candidate) -> bool`` and the rules whose candidates it spares.

    >>> Veto(lambda ctx, c: True, spares=("program:session-event",)).spares
    ('program:session-event',)
    """
    test: Callable
    spares: tuple[str, ...] = ()

    def __call__(self, ctx: Context, candidate) -> bool:
        return candidate.rule not in self.spares and self.test(ctx, candidate)


# Vetoes run after the generators: each drops the candidates it says are no name, except
# those of the rules it spares (a Veto entry).
VETOES = {
    "kg_congress_sessions": departments.congress_session,
    "kg_numbered_sessions": departments.numbered_session,
    "kg_place_suffix_levels": departments.place_suffix_level,
    "kg_held_gatherings": organizations.held_gatherings,
    "kg_stationed_forces": organizations.stationed_forces,
    "kg_titled_bodies": organizations.titled_bodies,
    "kg_program_modifiers": Veto(programs.modifies_noun, spares=("quoted:own-period-plan", "quoted:period-tag")),
    "kg_program_domains": programs.domain_reform,
    "kg_program_ideologies": programs.ideology_or_system,
    "kg_program_brands": programs.brand_category,
    "kg_program_plan_documents": programs.plan_document,
    "kg_program_area_plans": programs.area_plan,
    "kg_project_descriptions": projects.description,
    "kg_project_act_items": projects.act_items,
    "kg_project_class_nouns": projects.class_noun,
    "kg_project_class_scopes": projects.class_scope,
    "kg_titled_persons": byline_person,  # every type: an official's name in the byline
    "kg_clause_names": projects.clause_name,
    "kg_project_field_lists": enumerations.field_lists,
    "kg_place_modifiers": places.modifier_of_name,
    "kg_country_scopes": places.country_scope,
    "kg_counted_places": places.counted_place,
    "kg_joined_places": places.joined_places,
    "kg_oil_firm_places": places.oil_firm_front,
    "kg_quoted_tags": quoted.numbered_tag,
    "kg_quoted_outcomes": quoted.outcome_phrase,
    "kg_quoted_categories": quoted.category,
    "kg_quoted_designations": quoted.designation_drive,
    "kg_quoted_media": quoted.media_title,
    "kg_program_works": programs.physical_works,
    "kg_program_meetings": Veto(programs.meeting, spares=("program:session-event",)),
    "kg_program_class_nouns": programs.class_noun,
    "kg_program_anniversaries": programs.anniversary,
    "kg_program_network_works": programs.network_works,
    "kg_program_state_heads": Veto(programs.state_strategy_head, spares=("program:state-strategy",)),
    "kg_program_zone_modifiers": programs.zone_modifier,
    "kg_program_effort_clauses": programs.effort_clause,
    "kg_honour_titles": honours.inside_title,
}


NAMED_TYPES = ("Department", "Organization", "Place")
AWARD_INSIDE = re.compile(r"荣获|获评|获得|被评为|评为|入选")
# Names an honour's span may hold and still stand: a place (江城市) and a known public body
# that gives or names the honour (获得国务院通报表扬, 获评中央文明委表彰); a levelled body
# only as the giver of a commendation (获省政府和市政府督查激励; 区政府质量奖 is the award's name).
HONOUR_SPARED = ("place:gazetteer", "department:dictionary", "department:party", "organization:list")
GIVERS = ("department:level", "department:place")
COMMENDATION = re.compile(r"[^，。；、,;]{0,16}?(?:通报表扬|表彰|督查激励|嘉奖)")  # same clause


def context(doc) -> Context:
    """The rules' view of a Doc, built once per Doc."""
    if doc.user_data.get("kg_context") is None:
        ctx = Context(doc._.document, doc._.structure, Words.from_doc(doc))
        ctx.words.retag(((p.start, p.end) for p in ctx.places if ctx.words.is_boundary(p.start)), "ns")
        doc.user_data["kg_context"] = ctx
    return doc.user_data["kg_context"]


def _allowed(ctx: Context, candidate) -> bool:
    """Names inside an honour title are part of the title, except places and known bodies;
    nothing inside a quoted slogan (“半壁江山”) is a name."""
    start, end = candidate.start, candidate.end
    if any(s <= start and end <= e and (s, e) != (start, end) for s, e in quoted.rejected_spans(ctx)):
        return False
    if AWARD_INSIDE.search(ctx.text[start:end]):
        return False  # 荣获第十九届中美电影节: a name does not hold the verb of an award
    return (candidate.rule.startswith(HONOUR_SPARED) or not ctx.inside_honour(start, end)
            or candidate.rule.startswith(GIVERS) and COMMENDATION.match(ctx.text, end) is not None)


def _component(rule):
    def component(doc):
        ctx = context(doc)
        found = [c for c in rule(ctx) if _allowed(ctx, c)]
        doc._.candidates.extend(found)
        ctx.cache.setdefault("found", []).extend(found)
        named = ctx.cache.setdefault("named", set())
        named.update((c.start, c.end) for c in found if c.type in NAMED_TYPES and c.score >= 0.6)
        return doc

    return component


def _veto(rule):
    def component(doc):
        ctx = context(doc)
        doc._.candidates = [c for c in doc._.candidates if not rule(ctx, c)]
        return doc

    return component


for _name, _rule in RULES.items():
    Language.component(_name, func=_component(_rule))
for _name, _rule in VETOES.items():
    Language.component(_name, func=_veto(_rule))
