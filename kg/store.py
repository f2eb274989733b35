"""Graph stores: one named graph per document, queried with SPARQL.

``open_store(location)`` picks the implementation: a directory path gives an
:class:`EmbeddedStore` (pyoxigraph on disk, the default ``output/store``); an
``http(s)://`` URL gives a :class:`RemoteStore` that talks to any SPARQL 1.1 server
through the SPARQL Protocol and the Graph Store Protocol. Both have the same methods
and return the same :class:`Table`.

Why pyoxigraph directly rather than rdflib + oxrdflib: on a 1.25M-quad store (180
documents, ``bench/bench_store.py``) loading document by document took 50 s through
pyoxigraph's transactional ``update`` and 80 s through oxrdflib's ``addN``, and the
named queries took 1.0–1.7× as long through oxrdflib (targets 0.7×); pyoxigraph also
gives ``substitutions=`` and the one-transaction DROP + INSERT that makes
:meth:`Store.replace_document` atomic, without rdflib's per-triple layer.

Bound values. ``select(query, bindings)`` never pastes a user string into SPARQL:
the embedded store passes them as pyoxigraph ``substitutions``; the remote store,
which only takes a query string, adds ``VALUES`` blocks whose terms are written by
rdflib's ``n3()`` (escaped literals, checked IRIs) inside the WHERE group — at its
start for a variable a pattern binds, at its end for one a ``BIND`` assigns (see
:func:`bind_values`; a VALUES after the whole query, as SPARQL allows, makes
Virtuoso 7.2 return cross products). Both require a bound variable to be in the
SELECT projection (pyoxigraph enforces it; the remote store checks it locally
first), so both give the same rows. Bind only variables that every solution binds
(not ones bound only inside OPTIONAL); match labels by binding a ``"…"@zh`` literal
(index lookup) rather than through ``STR()`` (a scan).

Default graph. The embedded store queries the union of the named graphs. For the
same behaviour on a server, start Oxigraph with ``--union-default-graph``
(Virtuoso's default graph is already the union of all graphs). The store's own
queries and the named queries in ``ontology/queries`` use ``GRAPH ?g { … }``, so
they work on either server however it is started.

>>> with open_store("output/store") as store:  # doctest: +SKIP
...     store.documents()["shahekou-2015"]["year"]
2015
"""
from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urlsplit, urlunsplit

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Identifier

from .errors import KGError, NotFoundError, QueryError, StoreError
from .rdf import graph_iri
from .vocab import ID

DEFAULT_LOCATION = "output/store"
GRAPH_PREFIX = str(ID["graph/"])
XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD + "string"

PROLOGUE = """PREFIX gk: <https://w3id.org/govkg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
DOCUMENTS_QUERY = PROLOGUE + """
SELECT ?id ?sha256 ?issuer ?year ?title ?source ?extractor WHERE {
  GRAPH ?g {
    ?d a gk:Report ; dcterms:identifier ?id ; gk:contentHash ?sha256 .
    OPTIONAL { ?d gk:extractor ?extractor }
    OPTIONAL { ?d gk:issuer ?issuer }
    OPTIONAL { ?d gk:year ?year }
    OPTIONAL { ?d dcterms:title ?title }
    OPTIONAL { ?d gk:sourceFile ?source }
  }
} ORDER BY ?id"""
HAS_DOCUMENT_QUERY = PROLOGUE + """
SELECT ?id ?sha256 WHERE {
  GRAPH ?g { ?d a gk:Report ; dcterms:identifier ?id ; gk:contentHash ?sha256 }
}"""
TRIPLE_COUNT_QUERY = """
SELECT (COUNT(*) AS ?n) WHERE {
  GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "https://w3id.org/govkg/id/graph/"))
}"""


@dataclass
class Table:
    """Query results: variable names and rows of python values or rdflib terms.

    Literals with a python type become that type (int, Decimal, bool, str — language
    tags are dropped); IRIs stay ``URIRef``; unbound cells are ``None``.

    >>> Table(["n"], [(1,), (2,)]).column("n")
    [1, 2]
    """

    vars: list[str]
    rows: list[tuple] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[tuple]:
        return iter(self.rows)

    def dicts(self) -> list[dict[str, Any]]:
        """The rows as dicts keyed by variable name."""
        return [dict(zip(self.vars, row)) for row in self.rows]

    def column(self, name: str) -> list:
        """The values of one variable, in row order."""
        i = self.vars.index(name)
        return [row[i] for row in self.rows]


class Store:
    """What every store offers; subclasses provide the I/O primitives.

    Subclasses implement ``select``, ``update``, ``replace_ntriples``, ``graph_bytes``,
    ``dump``, ``triple_count``, ``close``, ``_drop_graph`` and ``_graph_iris``.
    """

    location: str

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def documents(self) -> dict[str, dict]:
        """Doc id → {sha256, issuer, year, title, source, extractor} of every stored document.

        >>> store.documents()  # doctest: +SKIP
        {'shahekou-2015': {'sha256': '9f…', 'issuer': '青溪区人民政府', 'year': 2015, …}}
        """
        rows = self.select(DOCUMENTS_QUERY).dicts()
        return {row.pop("id"): row for row in rows}

    def has_document(self, doc_id: str, sha256: str) -> bool:
        """Whether the store holds ``doc_id`` built from content with this hash."""
        return bool(self.select(HAS_DOCUMENT_QUERY, {"id": doc_id, "sha256": sha256}).rows)

    def remove_document(self, doc_id: str) -> None:
        """Drop one document's named graph.

        Raises:
            NotFoundError: no such document (with the closest ids as suggestions).
        """
        self.check_document(doc_id)
        self._drop_graph(str(graph_iri(doc_id)))

    def check_document(self, doc_id: str) -> None:
        """Raise NotFoundError, with the closest ids as suggestions, unless ``doc_id`` is stored."""
        ids = list(self.documents())
        if doc_id not in ids:
            close = difflib.get_close_matches(doc_id, ids, n=5, cutoff=0.5)
            raise NotFoundError(f"no document {doc_id!r} in store {self.location}", close)

    def graph_ids(self) -> list[str]:
        """Doc ids of every govkg named graph, whether or not it holds a well-formed report."""
        iris = self._graph_iris()
        return sorted(iri.removeprefix(GRAPH_PREFIX) for iri in iris if iri.startswith(GRAPH_PREFIX))

    def graph(self, doc_id: str) -> Graph:
        """One document's named graph as an rdflib Graph (empty if absent)."""
        graph = Graph(identifier=graph_iri(doc_id))
        graph.parse(data=self.graph_bytes(doc_id), format="nt")
        return graph

    # -- provided by subclasses ---------------------------------------------------------

    def select(self, query: str, bindings: dict | None = None,
               documents: list[str] | None = None) -> Table:
        """Run a SPARQL query of any form.

        Args:
            query: SPARQL text (SELECT, ASK, CONSTRUCT or DESCRIBE).
            bindings: variable → value (rdflib term or python value), bound safely.
            documents: doc ids: ``GRAPH ?g`` patterns see only these documents' graphs
                (the query's named graphs; ``named-graph-uri`` on a server).
        """
        raise NotImplementedError

    def update(self, text: str) -> None:
        raise NotImplementedError

    def replace_document(self, doc_id: str, graph: Graph) -> None:
        """Replace one document's named graph with ``graph``, atomically."""
        self.replace_ntriples(doc_id, graph.serialize(format="nt", encoding="utf-8"))

    def replace_ntriples(self, doc_id: str, data: bytes) -> None:
        raise NotImplementedError

    def graph_bytes(self, doc_id: str) -> bytes:
        raise NotImplementedError

    def dump(self, format: str = "nquads") -> bytes:
        raise NotImplementedError

    def triple_count(self) -> int:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def _drop_graph(self, iri: str) -> None:
        raise NotImplementedError

    def _graph_iris(self) -> list[str]:
        raise NotImplementedError


# -- opening ----------------------------------------------------------------------------

def open_store(location: str | os.PathLike | None = None, read_only: bool = False) -> Store:
    """Open the store at ``location``, else ``$KG_STORE``, else ``output/store``.

    A path opens (or creates) an embedded store; with ``read_only`` it must exist and
    is opened without writing anything (no lock, no log files), so several readers
    can share it. ``http(s)://…``, ``virtuoso+http://…``, ``oxigraph+http://…`` or
    ``fuseki+http://…`` open a remote one (see :func:`endpoints`).

    >>> store = open_store("http://127.0.0.1:7878")  # doctest: +SKIP
    """
    location = str(location or os.environ.get("KG_STORE") or DEFAULT_LOCATION)
    if _is_url(location):
        return RemoteStore(location)
    return EmbeddedStore(location, read_only=read_only)


def _is_url(location: str) -> bool:
    scheme = location.split("://", 1)[0] if "://" in location else ""
    return scheme.split("+")[-1] in ("http", "https")


def _first_line(error: BaseException | str, limit: int = 240) -> str:
    text = str(error).strip().splitlines()
    line = text[0] if text else type(error).__name__
    return line if len(line) <= limit else line[: limit - 1] + "…"


# -- terms --------------------------------------------------------------------------------

def as_term(value: Any) -> Identifier:
    """An rdflib term for a bound value: terms pass through, python values become literals.

    >>> as_term(2015).n3()
    '"2015"^^<http://www.w3.org/2001/XMLSchema#integer>'
    """
    return value if isinstance(value, Identifier) else Literal(value)


def to_rdflib(term) -> Identifier | None:
    """The rdflib term of a pyoxigraph term."""
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value, datatype=None if datatype == XSD_STRING else datatype)


def to_oxigraph(term: Identifier):
    """The pyoxigraph term of an rdflib term."""
    import pyoxigraph as ox

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    datatype = term.datatype or XSD_STRING
    return ox.Literal(str(term), datatype=ox.NamedNode(str(datatype)))


def to_python(term: Identifier | None) -> Any:
    """A table cell: the python value of a literal (str, int, Decimal, bool), else the term."""
    if not isinstance(term, Literal):
        return term
    value = term.toPython()
    return str(term) if isinstance(value, Literal) else value


# the common literal datatypes, converted without building an rdflib Literal
CELL_TYPES: dict[str, Any] = {XSD + "string": str, XSD + "integer": int, XSD + "decimal": Decimal,
                              XSD + "double": float}


def cell(term) -> Any:
    """A table cell from a pyoxigraph term, like ``to_python(to_rdflib(term))`` but faster."""
    if term is None or term.__class__.__name__ != "Literal":   # no import on this hot path
        return to_rdflib(term)
    if term.language:
        return term.value
    convert = CELL_TYPES.get(term.datatype.value)
    return convert(term.value) if convert else to_python(to_rdflib(term))


def table_of(result) -> Table:
    """A Table from a pyoxigraph result: solutions, a boolean, or triples."""
    import pyoxigraph as ox

    if isinstance(result, ox.QueryBoolean):
        return Table(["ask"], [(bool(result),)])
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]   # a solution iterates in this order
        return Table(names, [tuple(map(cell, solution)) for solution in result])
    rows = [tuple(to_rdflib(t) for t in (x.subject, x.predicate, x.object)) for x in result]
    return Table(["subject", "predicate", "object"], rows)


# -- embedded -----------------------------------------------------------------------------

class EmbeddedStore(Store):
    """pyoxigraph ``Store`` on disk; the union of the named graphs is the default graph.

    >>> store = EmbeddedStore("output/store")  # doctest: +SKIP
    """

    def __init__(self, path: str | os.PathLike, read_only: bool = False):
        import pyoxigraph as ox

        self.location = str(path)
        self.read_only = read_only
        if read_only and not Path(path).is_dir():
            raise StoreError(f"cannot open store {self.location}: no store folder there "
                             "(run kg build first, or give --store)")
        try:
            if read_only:
                self._store = ox.Store.read_only(self.location)
            else:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(self.location)
        except OSError as e:
            raise StoreError(f"cannot open store {self.location}: {_store_reason(e)}") from None

    def select(self, query: str, bindings: dict | None = None,
               documents: list[str] | None = None) -> Table:
        """Run a SPARQL query (any form) with values bound by substitution (see Store.select).

        >>> store.select("SELECT ?s WHERE { ?s a ?type }", {"type": GK.Place})  # doctest: +SKIP
        """
        import pyoxigraph as ox

        substitutions = {ox.Variable(k): to_oxigraph(as_term(v)) for k, v in (bindings or {}).items()}
        named = [ox.NamedNode(str(graph_iri(d))) for d in documents] if documents else None
        try:
            result = self._store.query(query, use_default_graph_as_union=True,
                                       substitutions=substitutions or None, named_graphs=named)
            return table_of(result)
        except SyntaxError as e:
            raise QueryError(f"SPARQL syntax error: {_first_line(e)}") from None
        except (RuntimeError, ValueError, TypeError) as e:
            raise QueryError(f"SPARQL query failed: {_first_line(e)}") from None
        except OSError as e:
            raise StoreError(f"cannot read store {self.location}: {_first_line(e)}") from None

    def update(self, text: str) -> None:
        """Run a SPARQL Update in one transaction."""
        try:
            self._store.update(text)
        except SyntaxError as e:
            raise QueryError(f"SPARQL syntax error: {_first_line(e)}") from None
        except (RuntimeError, ValueError) as e:
            raise QueryError(f"SPARQL update failed: {_first_line(e)}") from None
        except OSError as e:
            raise StoreError(f"cannot write store {self.location}: {_first_line(e)}") from None

    def replace_ntriples(self, doc_id: str, data: bytes) -> None:
        """Replace a document's named graph by N-Triples in one transaction (DROP + INSERT DATA)."""
        iri = graph_iri(doc_id).n3()
        triples = data.decode("utf-8")
        self.update(f"DROP SILENT GRAPH {iri} ;\nINSERT DATA {{ GRAPH {iri} {{\n{triples}\n}} }}")

    def graph_bytes(self, doc_id: str) -> bytes:
        """One document's named graph as N-Triples."""
        import pyoxigraph as ox

        name = ox.NamedNode(str(graph_iri(doc_id)))
        return self._store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=name)

    def dump(self, format: str = "nquads") -> bytes:
        """All named graphs as N-Quads (``nquads``) or TriG (``trig``)."""
        return self._store.dump(format=_rdf_format(format))

    def triple_count(self) -> int:
        """The number of quads in the store."""
        return len(self._store)

    def close(self) -> None:
        """Flush and release the store's lock."""
        if self._store is not None:
            if not self.read_only:
                self._store.flush()
            self._store = None

    def _drop_graph(self, iri: str) -> None:
        self.update(f"DROP GRAPH {URIRef(iri).n3()}")

    def _graph_iris(self) -> list[str]:
        return [g.value for g in self._store.named_graphs()]


def _store_reason(error: OSError) -> str:
    if error.strerror and error.filename:
        return error.strerror
    text = str(error)
    if "lock" in text.lower():
        return "it is in use by another process (locked)"
    return _first_line(text.removeprefix("IO error: "))


def _rdf_format(name: str):
    import pyoxigraph as ox

    formats = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}
    if name not in formats:
        raise StoreError(f"unknown dump format {name!r}; use one of {', '.join(formats)}")
    return formats[name]


# -- remote -------------------------------------------------------------------------------

# server kind → (query path, update path, Graph Store Protocol path), relative to the base
SERVER_LAYOUTS: dict[str, tuple[str, str, str]] = {
    "oxigraph": ("/query", "/update", "/store"),
    "virtuoso": ("/sparql", "/sparql", "/sparql-graph-crud"),
    "fuseki": ("/query", "/update", "/data"),
}
RESULTS_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9"


@dataclass(frozen=True)
class Endpoints:
    """The three URLs a RemoteStore talks to."""

    query: str
    update: str
    gsp: str


def endpoints(location: str) -> Endpoints:
    """Query, update and Graph Store URLs from a store location.

    ``KIND+http://host:port/base`` picks a layout from ``SERVER_LAYOUTS`` (oxigraph,
    virtuoso, fuseki); a plain URL is Oxigraph's layout, or Virtuoso's when its path
    ends in ``/sparql``. ``KG_STORE_QUERY_URL``, ``KG_STORE_UPDATE_URL`` and
    ``KG_STORE_GSP_URL`` override each URL.

    >>> endpoints("virtuoso+http://127.0.0.1:8890").gsp
    'http://127.0.0.1:8890/sparql-graph-crud'
    >>> endpoints("http://127.0.0.1:7878").update
    'http://127.0.0.1:7878/update'
    """
    scheme, _, rest = location.partition("://")
    kind, _, scheme = scheme.rpartition("+")
    parts = urlsplit(f"{scheme}://{rest}")
    path = parts.path.rstrip("/")
    if not kind and path.endswith("/sparql"):
        kind, path = "virtuoso", path.removesuffix("/sparql")
    layout = SERVER_LAYOUTS.get(kind or "oxigraph")
    if layout is None:
        raise StoreError(f"{location}: unknown server kind {kind!r}; use one of "
                         f"{', '.join(SERVER_LAYOUTS)}")
    base = urlunsplit((parts.scheme, parts.netloc, path, "", ""))
    urls = [os.environ.get(f"KG_STORE_{name}_URL") or base + suffix
            for name, suffix in zip(("QUERY", "UPDATE", "GSP"), layout)]
    return Endpoints(*urls)


# what can hide a brace: strings, IRIs (which cannot contain braces or spaces), comments
_TOKENS = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                     r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
                     r'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n]*|[{}]')


def bind_values(query: str, bindings: dict) -> str:
    """The query with VALUES blocks for ``bindings`` in its WHERE group.

    A variable bound by a pattern gets its VALUES at the start of the group (a
    parameter, as with substitution); one assigned by ``BIND(… AS ?v)`` at the end,
    after the assignment. Servers differ in how they mix VALUES with BIND (Virtuoso
    7.2 returns cross products or nothing otherwise); these two places work on all.

    >>> print(bind_values('SELECT ?s ?n WHERE { ?s ?p ?l BIND(STR(?l) AS ?n) }', {"s": URIRef("http://a"), "n": "x"}))
    SELECT ?s ?n WHERE {
    VALUES (?s) { (<http://a>) }
     ?s ?p ?l BIND(STR(?l) AS ?n) 
    VALUES (?n) { ("x") }
    }
    """
    start, end = _where_group(query)
    assigned = {k for k in bindings if re.search(rf"\bAS\s+\?{re.escape(k)}\b", query, re.IGNORECASE)}
    early = {k: v for k, v in bindings.items() if k not in assigned}
    late = {k: v for k, v in bindings.items() if k in assigned}
    return (query[:start + 1] + (values_clause(early) + "\n" if early else "") + query[start + 1:end]
            + (values_clause(late) + "\n" if late else "") + query[end:])


def _where_group(query: str) -> tuple[int, int]:
    """Offsets of the braces of the WHERE group (CONSTRUCT: the group after the template)."""
    groups = _top_groups(query)
    if not groups:
        raise QueryError("cannot bind values: the query has no WHERE group")
    keyword, end = first_keyword(query)
    template = keyword == "CONSTRUCT" and query[end:].lstrip().startswith("{")
    return groups[min(len(groups) - 1, 1 if template else 0)]


def _top_groups(query: str) -> list[tuple[int, int]]:
    """(open, close) offsets of the top-level ``{ … }`` groups."""
    depth, opened, groups = 0, 0, []
    for token in _TOKENS.finditer(query):
        if token.group() == "{":
            opened = token.start() if depth == 0 else opened
            depth += 1
        elif token.group() == "}":
            depth -= 1
            if depth == 0:
                groups.append((opened, token.start()))
    return groups


# PREFIX/BASE declarations and comments before the first keyword
_PROLOGUE = re.compile(r"(?:\s+|#[^\n]*|(?:PREFIX\s+[^\s:]*:\s*|BASE\s*)<[^>]*>)*", re.IGNORECASE)


def first_keyword(query: str) -> tuple[str, int]:
    """The first keyword after the prologue, upper-cased, and the offset where it ends.

    >>> first_keyword("PREFIX a: <http://a#> # note\\nask { ?s ?p ?o }")
    ('ASK', 32)
    """
    keyword = re.compile(r"[A-Za-z]*").match(query, _PROLOGUE.match(query).end())
    return keyword.group().upper(), keyword.end()


def values_clause(bindings: dict) -> str:
    """A SPARQL ``VALUES`` block binding each variable to one escaped RDF term.

    >>> print(values_clause({"name": 'a"b', "year": 2015}).strip())
    VALUES (?name ?year) { ("a\\"b" "2015"^^<http://www.w3.org/2001/XMLSchema#integer>) }
    """
    names = " ".join(f"?{_variable(k)}" for k in bindings)
    terms = " ".join(_n3(as_term(v)) for v in bindings.values())
    return f"\nVALUES ({names}) {{ ({terms}) }}"


def _variable(name: str) -> str:
    if not name.replace("_", "a").isalnum():
        raise QueryError(f"invalid variable name {name!r} in bindings")
    return name


def _n3(term: Identifier) -> str:
    if isinstance(term, BNode):
        raise QueryError(f"cannot bind a blank node ({term.n3()}) on a remote store")
    try:
        return term.n3()
    except Exception as e:  # rdflib refuses IRIs with spaces, quotes, <>…
        raise QueryError(f"cannot bind {str(term)!r}: {_first_line(e)}") from None


def check_bindable(query: str, names) -> None:
    """Raise QueryError unless every name is projected by ``query`` (parsed locally)."""
    import pyoxigraph as ox

    substitutions = {ox.Variable(n): ox.Literal("") for n in names}
    try:
        ox.Store().query(query, substitutions=substitutions)
    except SyntaxError as e:
        raise QueryError(f"SPARQL syntax error: {_first_line(e)}") from None
    except RuntimeError as e:
        raise QueryError(f"cannot bind: {_first_line(e)}") from None


class RemoteStore(Store):
    """Any SPARQL 1.1 server: Protocol for queries and updates, GSP for whole graphs.

    >>> store = RemoteStore("virtuoso+http://127.0.0.1:8890")  # doctest: +SKIP
    """

    def __init__(self, location: str, timeout: float = 60.0):
        import httpx

        self.location = location
        self.endpoints = endpoints(location)
        self._client = httpx.Client(timeout=timeout)

    def select(self, query: str, bindings: dict | None = None,
               documents: list[str] | None = None) -> Table:
        """Run a SPARQL query (any form); bound values travel in VALUES blocks (see Store.select)."""
        import pyoxigraph as ox

        if bindings:
            check_bindable(query, bindings)
            query = bind_values(query, bindings)
        data = {"query": query, "named-graph-uri": [str(graph_iri(d)) for d in documents or []]}
        response = self._send("POST", self.endpoints.query, data=data,
                              headers={"Accept": RESULTS_ACCEPT})
        if response.headers.get("content-type", "").startswith("application/sparql-results+json"):
            return table_of(ox.parse_query_results(response.content, format=ox.QueryResultsFormat.JSON))
        return table_of(ox.parse(response.content, format=ox.RdfFormat.N_TRIPLES))

    def update(self, text: str) -> None:
        """Run a SPARQL Update on the server's update endpoint."""
        self._send("POST", self.endpoints.update, data={"update": text})

    def replace_ntriples(self, doc_id: str, data: bytes) -> None:
        """Replace a document's named graph by N-Triples with one Graph Store Protocol PUT."""
        self._send("PUT", self.endpoints.gsp, params={"graph": str(graph_iri(doc_id))},
                   content=data, headers={"Content-Type": "application/n-triples"})

    def graph_bytes(self, doc_id: str) -> bytes:
        """One document's named graph as N-Triples (GSP GET)."""
        response = self._send("GET", self.endpoints.gsp, params={"graph": str(graph_iri(doc_id))},
                              headers={"Accept": "application/n-triples"}, missing_ok=True)
        return b"" if response.status_code == 404 else response.content

    def dump(self, format: str = "nquads") -> bytes:
        """Every document's graph as N-Quads or TriG, fetched graph by graph."""
        import pyoxigraph as ox

        rdf_format = _rdf_format(format)
        quads = [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(str(graph_iri(doc_id))))
                 for doc_id in self.graph_ids()
                 for t in ox.parse(self.graph_bytes(doc_id), format=ox.RdfFormat.N_TRIPLES)]
        return ox.serialize(quads, format=rdf_format)

    def triple_count(self) -> int:
        """The number of triples in govkg's named graphs."""
        return int(self.select(TRIPLE_COUNT_QUERY).rows[0][0])

    def close(self) -> None:
        """Close the HTTP connections."""
        self._client.close()

    def _drop_graph(self, iri: str) -> None:
        self._send("DELETE", self.endpoints.gsp, params={"graph": iri})

    def _graph_iris(self) -> list[str]:
        query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
        return [str(g) for g in self.select(query).column("g")]

    def _send(self, method: str, url: str, missing_ok: bool = False, **kwargs):
        import httpx

        try:
            response = self._client.request(method, url, **kwargs)
        except httpx.TimeoutException:
            raise StoreError(f"SPARQL server {url} did not answer within {self._client.timeout.read} s") from None
        except httpx.HTTPError as e:
            raise StoreError(f"cannot reach SPARQL server {url}: {_first_line(e)}") from None
        if response.is_success or (missing_ok and response.status_code == 404):
            return response
        raise _http_error(url, response)


def _http_error(url: str, response) -> KGError:
    reason = _first_line(response.text or response.reason_phrase, limit=300)
    if response.status_code == 400:
        return QueryError(f"SPARQL server {url} rejected the query: {reason}")
    return StoreError(f"SPARQL server {url} answered HTTP {response.status_code}: {reason}")
