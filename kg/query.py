"""SPARQL over a store: ad-hoc text, a ``.rq`` file, or a named query, with bound values.

Named queries live in ``ontology/queries/NAME.rq``; the first comment line is the
description, and a ``# Bind: ?name@zh (…), ?year:int`` line lists the variables that
can be bound. ``@zh`` marks a variable matched against Chinese labels: a plain
``str`` bound to it becomes a ``"…"@zh`` literal, so the store looks it up by index;
``:int`` / ``:decimal`` turn strings into numbers. Any query text can carry such a
line. Output formats are a registry,
``FORMATS``: name → ``(Table) -> str``.

>>> table = run_query(store, name="measures-of-entity", bindings={"name": "惠邻里"})  # doctest: +SKIP
>>> print(FORMATS["csv"](table))  # doctest: +SKIP
"""
from __future__ import annotations

import csv
import datetime
import difflib
import io
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Callable

from rdflib import Literal

from .errors import NotFoundError, QueryError
from .store import Store, Table, first_keyword
from .vocab import ONTOLOGY_DIR

QUERIES_DIR = ONTOLOGY_DIR / "queries"
_BIND_LINE = re.compile(r"^#\s*Bind:(.*)$", re.MULTILINE | re.IGNORECASE)
_ORDER_LINE = re.compile(r"^#\s*Order:(.*)$", re.MULTILINE | re.IGNORECASE)
UPDATE_KEYWORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD",
                   "WITH")


def named_queries() -> dict[str, tuple[Path, str]]:
    """Name → (path, description) of the queries in ``ontology/queries``.

    >>> "targets" in named_queries()
    True
    """
    return {path.stem: (path, _description(path)) for path in sorted(QUERIES_DIR.glob("*.rq"))}


def _description(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            return line.lstrip("# ").strip()
    return ""


def run_query(store: Store, text: str | None = None, file: Path | None = None,
              name: str | None = None, bindings: dict | None = None,
              allow_update: bool = False) -> Table:
    """Run one SPARQL query given as text, a file, or a named query.

    Args:
        store: an open store (``kg.store.open_store``).
        text / file / name: the query; give exactly one.
        bindings: variable name → value (rdflib term or python value), bound safely.
        allow_update: let a SPARQL Update through (it returns an empty table).

    Raises:
        QueryError: no or several sources, a syntax error, or an update when not allowed.
        NotFoundError: ``name`` is not a named query (with suggestions).

    >>> run_query(store, name="targets", bindings={"year": 2016}).vars  # doctest: +SKIP
    ['issuer', 'year', 'indicator', …]
    """
    query = query_text(text, file, name)
    source = f"{file}: " if file is not None else f"query {name!r}: " if name is not None else ""
    try:
        if not is_update(query):
            table = store.select(query, typed(bindings, parameters(query)) if bindings else None)
            return ordered(table, order_of(query))
        if not allow_update:
            raise QueryError("the query is a SPARQL Update and the store is read-only; use --update")
        store.update(query)
        return Table([], [])
    except QueryError as e:
        raise QueryError(f"{source}{e}") from None


def order_of(query: str) -> list[str]:
    """Variables a query's ``# Order:`` comment line sorts by, in the client.

    A long listing sorts faster here than in the store, which compares strings it
    must read back from disk (the ``measures`` listing: 1.7 s with ORDER BY in
    Oxigraph on 1.2M quads).

    >>> order_of("# Order: ?document ?start\\nSELECT …")
    ['document', 'start']
    """
    line = _ORDER_LINE.search(query)
    return re.findall(r"\?(\w+)", line.group(1)) if line else []


def ordered(table: Table, keys: list[str]) -> Table:
    """The table's rows sorted by ``keys`` (unbound first, numbers by value)."""
    columns = [table.vars.index(k) for k in keys if k in table.vars]
    if not columns:
        return table
    rows = sorted(table.rows, key=lambda row: tuple(_sort_key(row[c]) for c in columns))
    return Table(table.vars, rows)


def _sort_key(value) -> tuple:
    if value is None:
        return (0, 0, "")
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return (1, value, "")
    return (2, 0, str(value))


def parameters(query: str) -> dict[str, str | None]:
    """Variables a query's ``# Bind:`` comment line declares: ``@lang``, a cast name, or None.

    >>> parameters("# Bind: ?name@zh (entity name), ?year:int, ?document\\nSELECT …")
    {'name': '@zh', 'year': 'int', 'document': None}
    """
    line = _BIND_LINE.search(query)
    if line is None:
        return {}
    found = re.finditer(r"\?(\w+)(@[A-Za-z-]+|:\w+)?", line.group(1))
    return {m.group(1): (m.group(2) or "").lstrip(":") or None for m in found}


CASTS: dict[str, Callable[[str], object]] = {"int": int, "decimal": Decimal}


def typed(bindings: dict, params: dict[str, str | None]) -> dict:
    """Bindings with plain strings made what the parameters declare: ``@zh`` → a
    ``"…"@zh`` literal, ``int`` → an integer (as ``--bind year=2016`` gives strings).

    >>> typed({"name": "江城", "year": "2015"}, {"name": "@zh", "year": "int"})
    {'name': rdflib.term.Literal('江城', lang='zh'), 'year': 2015}
    """
    return {name: _typed(name, value, params.get(name)) for name, value in bindings.items()}


def _typed(name: str, value, kind: str | None):
    if type(value) is not str or kind is None:
        return value
    if kind.startswith("@"):
        return Literal(value, lang=kind[1:])
    try:
        return CASTS[kind](value)
    except (KeyError, ValueError, ArithmeticError):
        raise QueryError(f"?{name} must be {kind}, not {value!r}") from None


def query_text(text: str | None = None, file: Path | None = None, name: str | None = None) -> str:
    """The SPARQL text of exactly one of: text, a file, a named query."""
    given = [source for source in (text, file, name) if source is not None]
    if len(given) != 1:
        raise QueryError("give exactly one of a query text, --file or a query name")
    if file is not None:
        return _read(Path(file))
    if name is not None:
        return _read(named_query_path(name))
    return text


def named_query_path(name: str) -> Path:
    """The file of a named query; NotFoundError with the closest names otherwise."""
    queries = named_queries()
    if name not in queries:
        close = difflib.get_close_matches(name, queries, n=5, cutoff=0.4)
        raise NotFoundError(f"no named query {name!r} in {QUERIES_DIR}", close or sorted(queries))
    return queries[name][0]


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise QueryError(f"{path}: cannot read the query: {e.__class__.__name__}") from None


def is_update(query: str) -> bool:
    """Whether a SPARQL text is an Update (its first keyword after the prologue).

    >>> is_update("PREFIX a: <http://a#> # note\\nDELETE WHERE { ?s ?p ?o }")
    True
    >>> is_update("SELECT * WHERE { ?s ?p ?o }")
    False
    """
    return first_keyword(query)[0] in UPDATE_KEYWORDS


# -- output formats ---------------------------------------------------------------------------

def cell_text(value) -> str:
    """A table cell as text: '' for unbound, plain text for everything else."""
    return "" if value is None else str(value)


def _json_value(value):
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)


def format_table(table: Table) -> str:
    """The table drawn with rich, as a string (nothing printed)."""
    from rich.console import Console
    from rich.table import Table as RichTable

    drawn = RichTable(*table.vars, show_lines=False)
    for row in table.rows:
        drawn.add_row(*(cell_text(v) for v in row))
    console = Console(file=io.StringIO(), width=200, color_system=None)
    console.print(drawn, f"{len(table)} row{'' if len(table) == 1 else 's'}")
    return console.file.getvalue()


def format_csv(table: Table) -> str:
    """The table as CSV with a header row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(table.vars)
    writer.writerows([cell_text(v) for v in row] for row in table.rows)
    return out.getvalue()


def format_json(table: Table) -> str:
    """The table as JSON: ``{"vars": [...], "rows": [{var: value}, ...]}``; numbers stay numbers."""
    rows = [{k: _json_value(v) for k, v in row.items()} for row in table.dicts()]
    return json.dumps({"vars": table.vars, "rows": rows}, ensure_ascii=False, indent=2)


FORMATS: dict[str, Callable[[Table], str]] = {
    "table": format_table,
    "csv": format_csv,
    "json": format_json,
}
