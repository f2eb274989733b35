"""Score an extraction against a gold file, with the matching rules of
../shared/eval/score.py, and list the errors with their sentences.

Entities: a predicted (name, type) is right when the name is the gold canonical
name or an alias and the type is the gold type or its ``also``; a second hit on
the same gold entity is a duplicate; ``acceptable`` names are ignored.
Relations and measures are scored for recall.

>>> score = evaluate(gold, to_json(extraction))  # doctest: +SKIP
>>> score.entities["Program"].f1  # doctest: +SKIP
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .model import ENTITY_TYPES
from .resolve import norm

SCALE = (("万亿", 1e12), ("亿", 1e8), ("千万", 1e7), ("百万", 1e6), ("万", 1e4), ("千", 1e3), ("百", 1e2))


@dataclass
class PRF:
    """Counts and precision / recall / F1 of one type."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    """Per-type entity scores, relation and measure recall, and the errors."""

    document: str
    entities: dict[str, PRF] = field(default_factory=dict)
    total: PRF = field(default_factory=PRF)
    relations: PRF = field(default_factory=PRF)
    measures: PRF = field(default_factory=PRF)
    measures_year_kind: int = 0
    errors: dict[str, list[dict]] = field(default_factory=dict)


def load_gold(path: Path) -> dict:
    """A gold file; InputError if it is missing or not JSON."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise InputError(f"{path}: not a readable gold file ({e.__class__.__name__})") from e


def evaluate(gold: dict, pred: dict) -> Score:
    """Score a prediction (gold-file shape) against a gold file."""
    score = Score(gold.get("document", ""))
    _entities(gold, pred, score)
    _relations(gold, pred, score)
    _measures(gold, pred, score)
    return score


# --- entities ---------------------------------------------------------------

def _gold_index(gold: dict) -> dict[str, int]:
    index: dict[str, int] = {}
    for i, entity in enumerate(gold["entities"]):
        for name in [entity["name"], *entity.get("aliases", [])]:
            index.setdefault(norm(name), i)
    return index


def _entities(gold: dict, pred: dict, score: Score) -> None:
    index, gold_entities = _gold_index(gold), gold["entities"]
    acceptable = {norm(n) for n in gold.get("acceptable", [])}
    counts = {t: PRF() for t in ENTITY_TYPES}
    matched: set[int] = set()
    errors = score.errors
    for entity in pred.get("entities", []):
        names = [norm(entity.get("name", ""))] + [norm(a) for a in entity.get("aliases", [])]
        hit = next((index[n] for n in names if n in index), None)
        kind = _entity_outcome(entity, hit, gold_entities, matched, names[0] in acceptable)
        if kind == "tp":
            matched.add(hit)
            counts[entity.get("type")].tp += 1
        elif kind != "acceptable":
            counts.setdefault(entity.get("type"), PRF()).fp += 1
            errors.setdefault(kind, []).append(_described(entity, gold_entities, hit))
    for i, g in enumerate(gold_entities):
        if i not in matched:
            counts[g["type"]].fn += 1
            errors.setdefault("missed", []).append({"name": g["name"], "type": g["type"]})
    score.entities = {t: counts[t] for t in ENTITY_TYPES}
    score.total = PRF(sum(c.tp for c in counts.values()), sum(c.fp for c in counts.values()),
                      sum(c.fn for c in counts.values()))


def _entity_outcome(entity: dict, hit: int | None, gold_entities: list, matched: set,
                    acceptable: bool) -> str:
    if hit is None:
        return "acceptable" if acceptable else "false"
    g = gold_entities[hit]
    if entity.get("type") not in (g["type"], g.get("also")):
        return "wrong type"
    return "duplicate" if hit in matched else "tp"


def _described(entity: dict, gold_entities: list, hit: int | None) -> dict:
    described = {"name": entity.get("name"), "type": entity.get("type"), "rules": entity.get("rules", []),
                 "sentences": [m.get("section", "") + " | " + m.get("text", "")
                               for m in entity.get("mentions", [])[:1]]}
    if hit is not None:
        described["gold"] = f"{gold_entities[hit]['name']}/{gold_entities[hit]['type']}"
    return described


# --- relations --------------------------------------------------------------

def _relations(gold: dict, pred: dict, score: Score) -> None:
    index = _gold_index(gold)

    def key(rel: dict) -> tuple:
        s, o = norm(rel.get("subject", "")), norm(rel.get("object", ""))
        return index.get(s, s), rel.get("predicate"), index.get(o, o)

    predicted = {key(r) for r in pred.get("relations", [])}
    awards = [(key(r)[0], norm(r.get("object", ""))) for r in pred.get("relations", [])
              if r.get("predicate") == "awarded"]
    for g in gold.get("relations", []):
        found = key(g) in predicted or (g.get("predicate") == "awarded" and _honour_found(g, key, awards))
        if found:
            score.relations.tp += 1
        else:
            score.relations.fn += 1
            score.errors.setdefault("missed relation", []).append(
                {"name": f"{g['subject']} {g['predicate']} {g['object']}", "sentences": [g.get("evidence", "")]})


def _honour_found(g: dict, key, awards) -> bool:
    subject, honour = key(g)[0], norm(g.get("object", ""))
    return any(s == subject and o and (honour in o or o in honour) for s, o in awards)


# --- measures ---------------------------------------------------------------

def base(value, unit: str) -> tuple[float | None, str]:
    """(value, unit) in base units: (1.2, 万户) → (12000.0, 户)."""
    unit = norm(unit or "")
    try:
        value = float(value)
    except (TypeError, ValueError):
        return None, unit
    for prefix, factor in SCALE:
        if unit.startswith(prefix) and len(unit) > len(prefix):
            return value * factor, unit[len(prefix):]
    return value, unit


def _same(a, b) -> bool:
    return a is not None and b is not None and abs(a - b) <= 1e-6 * max(1.0, abs(b))


def _measures(gold: dict, pred: dict, score: Score) -> None:
    predicted = [(m, base(m.get("value"), m.get("unit")), norm(m.get("indicator") or ""))
                 for m in pred.get("measures", [])]
    for g in gold.get("measures", []):
        g_value, g_unit = base(g.get("value"), g.get("unit"))
        g_ind = norm(g.get("indicator", ""))
        hit = next((m for m, (v, u), ind in predicted
                    if ind and _same(v, g_value) and u == g_unit and (g_ind in ind or ind in g_ind)), None)
        if hit is None:
            score.measures.fn += 1
            score.errors.setdefault("missed measure", []).append(
                {"name": f"{g.get('indicator')} {g.get('value')}{g.get('unit')}", "sentences": [g.get("evidence", "")]})
            continue
        score.measures.tp += 1
        score.measures_year_kind += hit.get("kind") == g.get("kind") and hit.get("year") == g.get("year")


# --- files and reports --------------------------------------------------------

def find_report(gold_path: Path, gold: dict, reports: Path | None) -> Path:
    """The report a gold file annotates: in ``reports``, data/reports, or ../corpus."""
    name = gold.get("document", "")
    folders = [reports] if reports else []
    folders += [Path("data/reports"), Path(gold_path).resolve().parent.parent / "corpus"]
    for folder in folders:
        if folder and (Path(folder) / name).is_file():
            return Path(folder) / name
    raise InputError(f"{gold_path}: cannot find its report {name!r} (use --reports DIR)")


def evaluate_files(gold_paths: list[Path], reports: Path | None = None,
                   components: tuple[str, ...] | None = None, min_confidence: float = 0.0,
                   relations_off: tuple[str, ...] = ()):
    """Extract the report of each gold file and score it; yields Scores."""
    from .extract import extract
    from .extract.pipeline import DEFAULT_COMPONENTS
    from .ingest import read_document
    from .jsonshape import to_json

    for path in gold_paths:
        gold = load_gold(path)
        document = read_document(find_report(path, gold, reports))
        extraction = extract(document, components=components or DEFAULT_COMPONENTS,
                             min_confidence=min_confidence, relations_off=relations_off)
        yield evaluate(gold, to_json(extraction))


def pooled(scores: list[Score]) -> Score:
    """The scores of several documents added up, count by count (micro-averaged).

    >>> a, b = Score("a", total=PRF(3, 1, 0)), Score("b", total=PRF(1, 0, 4))
    >>> pooled([a, b]).total
    PRF(tp=4, fp=1, fn=4)
    """
    pool = Score(f"{len(scores)} documents")
    for score in scores:
        for kind, prf in score.entities.items():
            _add(pool.entities.setdefault(kind, PRF()), prf)
        for mine, theirs in ((pool.total, score.total), (pool.relations, score.relations),
                             (pool.measures, score.measures)):
            _add(mine, theirs)
        pool.measures_year_kind += score.measures_year_kind
    return pool


def _add(into: PRF, prf: PRF) -> None:
    into.tp, into.fp, into.fn = into.tp + prf.tp, into.fp + prf.fp, into.fn + prf.fn


def format_score(score: Score, errors: bool = False, heading: str = "document") -> str:
    """A plain-text table of a Score (and its errors)."""
    lines = [f"{heading} {score.document}", f"  {'type':<13} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn"]
    for kind, prf in [*score.entities.items(), ("all", score.total)]:
        lines.append(f"  {kind:<13} {prf.precision:6.3f} {prf.recall:6.3f} {prf.f1:6.3f}"
                     f"  {prf.tp:3d} {prf.fp:3d} {prf.fn:3d}")
    found = score.measures.tp
    lines.append(f"  relations     recall {score.relations.recall:.3f}"
                 f"  ({score.relations.tp}/{score.relations.tp + score.relations.fn})")
    lines.append(f"  measures      recall {score.measures.recall:.3f}"
                 f"  ({found}/{found + score.measures.fn}; year+kind right {score.measures_year_kind})")
    if errors:
        for kind, items in score.errors.items():
            lines.append(f"  -- {kind} ({len(items)})")
            lines.extend(_error_line(item) for item in items)
    return "\n".join(lines)


def _error_line(item: dict) -> str:
    head = f"{item.get('name')}/{item.get('type', '')}".rstrip("/")
    if item.get("rules"):
        head += f" [{','.join(item['rules'])}]"
    if item.get("gold"):
        head += f" (gold {item['gold']})"
    sentences = [s for s in item.get("sentences", []) if s]
    return f"     {head}" + (f"  « {sentences[0][:120]} »" if sentences else "")
