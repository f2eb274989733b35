"""The ``kg`` command line: thin wrappers over the library.

Only this module prints or exits. Library errors (kg.errors.KGError) become a
one-line message on stderr and the error's exit code; ``--debug`` shows the
traceback instead.
"""
from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from .errors import KGError, NotFoundError

app = typer.Typer(no_args_is_help=True, add_completion=False, rich_markup_mode=None,
                  help="govkg: government work reports → a sourced knowledge graph.")
STATE = {"debug": False}


@app.callback()
def _main(debug: bool = typer.Option(False, "--debug", help="Show tracebacks on errors.")):
    STATE["debug"] = debug


def handled(command):
    """Turn library errors into a one-line message and a non-zero exit."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except KGError as e:
            if STATE["debug"]:
                raise
            _fail(e)
        except KeyboardInterrupt:
            typer.echo("kg: interrupted", err=True)
            raise typer.Exit(130)
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except Exception as e:  # a bug: say so in one line, keep the traceback for --debug
            if STATE["debug"]:
                raise
            typer.echo(f"kg: internal error: {e.__class__.__name__}: {str(e).splitlines()[0] if str(e) else ''}"
                       " (rerun with --debug for the traceback)", err=True)
            raise typer.Exit(70)

    return wrapper


def _fail(error: KGError):
    message = str(error).splitlines()[0] if str(error) else error.__class__.__name__
    if isinstance(error, NotFoundError) and error.suggestions:
        message += f" (did you mean: {', '.join(error.suggestions[:5])}?)"
    typer.echo(f"kg: error: {message}", err=True)
    raise typer.Exit(error.exit_code)


def _echo_json(data) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=1))


# --- extract / eval -------------------------------------------------------------

@app.command()
@handled
def extract(
    report: Path = typer.Argument(..., help="A report file (.txt, .html, .docx)."),
    format: str = typer.Option("json", "--format", "-f", help="json or jsonl."),
    min_confidence: float = typer.Option(0.5, "--min-confidence", help="Drop facts below this confidence (0–1)."),
    disable: Optional[List[str]] = typer.Option(None, "--disable", help="Switch off a pipeline component or a relation rule."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to a file instead of stdout."),
):
    """Print the extraction of one report in the gold-file shape."""
    from .extract import extract as run_extract
    from .extract import without
    from .ingest import read_document
    from .jsonshape import to_json
    from .output import write_text

    components, relations_off = without(disable or [])
    extraction = run_extract(read_document(report), components=components,
                             min_confidence=min_confidence, relations_off=relations_off)
    data = to_json(extraction)
    text = json.dumps(data, ensure_ascii=False, indent=None if format == "jsonl" else 1)
    if output:
        write_text(output, text + "\n")
    else:
        typer.echo(text)


@app.command("eval")
@handled
def eval_(
    gold: List[Path] = typer.Argument(..., help="Gold files (*.gold.json)."),
    reports: Optional[Path] = typer.Option(None, "--reports", help="Folder holding the reports."),
    errors: bool = typer.Option(False, "--errors", help="List misses and false hits with sentences."),
    disable: Optional[List[str]] = typer.Option(None, "--disable", help="Switch off a pipeline component or a relation rule."),
    min_confidence: float = typer.Option(0.5, "--min-confidence", help="Drop facts below this confidence (0–1)."),
):
    """Extract the reports of gold files and print precision/recall/F1 per type (and, for
    several files, the counts of all of them added up)."""
    from .evaluate import evaluate_files, format_score, pooled
    from .extract import without

    components, relations_off = without(disable or [])
    scores = []
    for score in evaluate_files(gold, reports, components, min_confidence, relations_off):
        typer.echo(format_score(score, errors=errors))
        scores.append(score)
    if len(scores) > 1:
        typer.echo(format_score(pooled(scores), heading="pooled over"))


# --- building the graph ----------------------------------------------------------

STORE_HELP = "Store: a folder (embedded Oxigraph) or a SPARQL server URL; default output/store."


def _store_option():
    return typer.Option(None, "--store", envvar="KG_STORE", help=STORE_HELP)


def _open(store: Optional[str], read_only: bool = False):
    from .store import open_store

    return open_store(store, read_only=read_only)


@app.command()
@handled
def build(
    paths: List[Path] = typer.Argument(..., help="Report files or folders."),
    store: Optional[str] = _store_option(),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Extract in N parallel processes."),
    min_confidence: float = typer.Option(0.5, "--min-confidence", help="Drop facts below this confidence (0–1)."),
    output: Path = typer.Option(Path("output"), "--output", help="Where graph.ttl and graph.html go."),
    html: bool = typer.Option(True, "--html/--no-html", help="Also write the HTML explorer."),
):
    """Build or update the graph from reports; write Turtle and HTML; print a summary."""
    from .build import build as run_build
    from .export import export
    from .lookup import counts

    _make_dir(output)
    with _open(store) as st, _progress("extracting") as progress:
        report = run_build(paths, st, jobs=jobs, min_confidence=min_confidence, progress=progress)
        ttl, page = output / "graph.ttl", output / "graph.html"
        written = [f"wrote {export(st, 'ttl', ttl)}" if _stale(ttl, report) else _kept(ttl)]
        if html and st.documents():
            written.append(f"wrote {_write_html(st, page)}" if _stale(page, report) else _kept(page))
        typer.echo(_build_summary(report, counts(st), st.location, written))
    for path, reason in report.failed:
        message = reason if reason.startswith(str(path)) else f"{path}: {reason}"
        typer.echo(f"kg: error: {message}", err=True)
    if report.failed and not report.extracted and not report.skipped:
        raise typer.Exit(2)


def _stale(path: Path, report) -> bool:
    """Whether a build output must be written: the build changed the store, or it is missing."""
    return bool(report.extracted) or not path.exists()


def _kept(path: Path) -> str:
    return f"kept {path} (nothing was added or replaced)"


def _make_dir(folder: Path) -> None:
    from .errors import OutputError

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(f"{folder}: cannot create the output folder ({e.strerror or e})") from e


def _build_summary(report, totals: dict, location: str, written: list) -> str:
    lines = [f"added {len(report.added)}, replaced {len(report.replaced)}, "
             f"unchanged {len(report.skipped)}, failed {len(report.failed)} "
             f"({report.timings.get('total', 0):.1f} s)"]
    lines += [f"  failed: {reason if reason.startswith(str(path)) else f'{path}: {reason}'}"
              for path, reason in report.failed]
    lines.append(f"store {location}: {totals.get('documents', 0)} documents")
    for kind in ("Department", "Organization", "Program", "Project", "Place"):
        lines.append(f"  {kind:<13} {totals.get(kind, 0):6d}")
    lines.append(f"  {'relations':<13} {totals.get('relations', 0):6d}")
    lines.append(f"  {'measures':<13} {totals.get('measures', 0):6d}")
    lines += written
    return "\n".join(lines)


class _progress:
    """A rich progress bar on a terminal; nothing when output is piped."""

    def __init__(self, label: str):
        self.label, self.bar, self.task = label, None, None

    def __enter__(self):
        if not sys.stderr.isatty():
            return None
        from rich.progress import Progress

        self.bar = Progress(transient=True)
        self.bar.__enter__()
        self.task = self.bar.add_task(self.label, total=None)
        return self.update

    def update(self, total: int, advance: int) -> None:
        self.bar.update(self.task, total=total, advance=advance)

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.__exit__(*exc)


@app.command()
@handled
def remove(doc: str = typer.Argument(..., help="Document id (e.g. shahekou-2015)."),
           store: Optional[str] = _store_option()):
    """Remove one document's graph from the store."""
    from .build import remove as run_remove

    with _open(store) as st:
        run_remove(st, doc)
    typer.echo(f"removed {doc}")


# --- reading the graph --------------------------------------------------------------

@app.command()
@handled
def query(
    sparql: Optional[str] = typer.Argument(None, help="SPARQL text, or the name of a query in ontology/queries."),
    file: Optional[Path] = typer.Option(None, "--file", "-f", help="A .rq file."),
    format: str = typer.Option("table", "--format", help="table, csv or json."),
    bind: Optional[List[str]] = typer.Option(None, "--bind", "-b", help="VAR=VALUE, bound safely."),
    update: bool = typer.Option(False, "--update", help="Allow SPARQL Update."),
    list_: bool = typer.Option(False, "--list", help="List the named queries."),
    store: Optional[str] = _store_option(),
):
    """Run SPARQL: a query string, a .rq file, or a named query (see --list)."""
    from .query import FORMATS, named_queries, run_query

    if list_:
        for name, (_, description) in named_queries().items():
            typer.echo(f"{name:<24} {description}")
        return
    formatter = _pick(FORMATS, format, "format")
    name = _query_name(sparql, named_queries())
    text = None if name else sparql
    with _open(store, read_only=not update) as st:
        table = run_query(st, text=text, file=file, name=name, bindings=_bindings(bind),
                          allow_update=update)
    typer.echo(formatter(table).rstrip("\n"))


def _query_name(sparql: Optional[str], named: dict) -> Optional[str]:
    """The named query ``sparql`` names; a bare word that names none is a typo, not SPARQL."""
    import difflib
    import re as regex

    if sparql in named:
        return sparql
    if sparql and regex.fullmatch(r"[\w-]+", sparql):
        raise NotFoundError(f"no named query {sparql!r} in ontology/queries",
                            suggestions=difflib.get_close_matches(sparql, list(named), n=3, cutoff=0.5))
    return None


def _bindings(pairs: Optional[List[str]]) -> dict:
    from .errors import QueryError

    bindings = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--bind {pair!r}: use VAR=VALUE")
        bindings[key.strip().lstrip("?")] = value
    return bindings


def _pick(registry: dict, name: str, what: str):
    from .errors import UsageError

    if name not in registry:
        raise UsageError(f"unknown {what} {name!r}; choose from {', '.join(registry)}")
    return registry[name]


@app.command()
@handled
def links(
    name: str = typer.Argument(..., help="A program (or any entity) by name or alias."),
    all_: bool = typer.Option(False, "--all", help="List every co-mention, not the first 10."),
    format: str = typer.Option("text", "--format", help="text or json."),
    store: Optional[str] = _store_option(),
):
    """What links to an entity: typed relations, co-mentions, measures, glossary — with sentences."""
    from dataclasses import asdict

    from .lookup import format_links, links as run_links

    with _open(store, read_only=True) as st:
        result = run_links(st, name)
    if format == "json":
        _echo_json(_plain(asdict(result)))
    else:
        typer.echo(format_links(result, limit=0 if all_ else 10))


@app.command()
@handled
def show(name: str = typer.Argument(..., help="An entity by name or alias."),
         format: str = typer.Option("text", "--format", help="text or json."),
         store: Optional[str] = _store_option()):
    """One entity: type, aliases, mentions with their sentences, measures."""
    from dataclasses import asdict

    from .lookup import format_view, show as run_show

    with _open(store, read_only=True) as st:
        view = run_show(st, name)
    if format == "json":
        _echo_json(_plain(asdict(view)))
    else:
        typer.echo(format_view(view))


def _plain(value):
    """JSON-ready: Decimals and rdflib terms as plain values."""
    from decimal import Decimal

    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        return float(value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


@app.command()
@handled
def html(
    output: Path = typer.Option(Path("output/graph.html"), "--output", "-o", help="The HTML file."),
    focus: Optional[str] = typer.Option(None, "--focus", help="Draw one entity's neighbourhood."),
    depth: int = typer.Option(1, "--depth", min=1, help="Hops around --focus."),
    types: Optional[str] = typer.Option(None, "--types", help="Comma-separated entity types to keep."),
    document: Optional[str] = typer.Option(None, "--document", help="Only this document."),
    max_nodes: int = typer.Option(600, "--max-nodes", help="Draw at most this many nodes."),
    store: Optional[str] = _store_option(),
):
    """Write the interactive HTML explorer (works offline)."""
    _make_dir(output.parent)
    with _open(store, read_only=True) as st:
        result = _write_html(st, output, focus=focus, depth=depth, document=document,
                             types=types.split(",") if types else None, max_nodes=max_nodes)
    typer.echo(f"wrote {result}")


def _write_html(st, output: Path, focus=None, depth=1, document=None, types=None, max_nodes=600):
    from .network import to_networkx
    from .render import render_html

    graph = to_networkx(st, document=document)
    result = render_html(graph, output, focus=focus, depth=depth, types=types, max_nodes=max_nodes,
                         title="govkg")
    omitted = f" ({result.nodes_omitted} nodes left out)" if result.nodes_omitted else ""
    return f"{result.path}: {result.nodes_shown} nodes, {result.edges_shown} edges{omitted}"


@app.command()
@handled
def validate(store: Optional[str] = _store_option()):
    """Check the graph against the SHACL shapes in ontology/shapes.ttl."""
    from .errors import ValidationError
    from .validate import validate as run_validate

    with _open(store, read_only=True) as st:
        report = run_validate(st)
    if not report.conforms:
        for message in report.messages[:50]:
            typer.echo(message, err=True)
        raise ValidationError(f"{len(report.messages)} violations of ontology/shapes.ttl")
    typer.echo("conforms to ontology/shapes.ttl")


@app.command()
@handled
def export(
    format: str = typer.Option("ttl", "--format", help="ttl, trig, nq, jsonld, graphml, gexf or csv."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Output file (default output/graph.FORMAT)."),
    store: Optional[str] = _store_option(),
):
    """Export the graph in an RDF, graph or table format."""
    from .export import EXPORTERS, export as run_export

    _pick(EXPORTERS, format, "format")
    path = output or Path("output") / f"graph.{'zip' if format == 'csv' else format}"
    _make_dir(path.parent)
    with _open(store, read_only=True) as st:
        written = run_export(st, format, path)
    typer.echo(f"wrote {written}")


@app.command()
@handled
def serve(
    store: Optional[str] = typer.Option(None, "--store", envvar="KG_STORE",
                                        help="The embedded store folder; default output/store."),
    port: int = typer.Option(7878, "--port", help="SPARQL endpoint and query UI port."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback by default)."),
    html_port: Optional[int] = typer.Option(None, "--html-port", help="Explorer port (default PORT+1)."),
    html: Optional[Path] = typer.Option(None, "--html", help="Serve this explorer page instead of rendering one."),
):
    """Serve the store read-only: SPARQL endpoint + query UI on PORT, the HTML explorer on PORT+1.

    Takes a snapshot of the store (so kg build can keep writing to it) and runs
    Oxigraph's server on it (`oxigraph serve-read-only`, from the oxigraph package):
    http://HOST:PORT/ is the query UI, http://HOST:PORT/query the SPARQL endpoint
    (other kg commands read it with --store http://HOST:PORT). http://HOST:HTML_PORT/ is the explorer,
    rendered from the snapshot unless --html names a page. Runs until Ctrl-C; restart
    it to serve what a later build added.
    """
    import signal

    from .serve import start
    from .store import DEFAULT_LOCATION

    signal.signal(signal.SIGTERM, signal.default_int_handler)   # stop cleanly on SIGTERM too
    with start(store or DEFAULT_LOCATION, host=host, port=port, html_port=html_port,
               html=html) as served:
        urls = served.urls()
        try:
            typer.echo(f"query UI  {urls['ui']}\nSPARQL    {urls['sparql']}   (kg … --store {urls['store']})\n"
                       f"explorer  {urls['explorer']}\n(Ctrl-C to stop)")
            served.wait()
        except KeyboardInterrupt:
            typer.echo("stopped")


# --- across years ------------------------------------------------------------------

@app.command()
@handled
def timeline(name: str = typer.Argument(..., help="A program (or any entity)."),
             store: Optional[str] = _store_option()):
    """A program year by year: sentences, sections, status words, measures."""
    from .timeline import format_timeline, timeline as run_timeline

    with _open(store, read_only=True) as st:
        typer.echo(format_timeline(run_timeline(st, name)))


@app.command()
@handled
def targets(issuer: str = typer.Argument(..., help="Issuer, or part of its name (e.g. the district's name)."),
            year: int = typer.Argument(..., help="The year whose targets to check."),
            format: str = typer.Option("text", "--format", help="text or json."),
            store: Optional[str] = _store_option()):
    """A year's targets against the actual values reported the next year."""
    from dataclasses import asdict

    from .timeline import format_targets, targets as run_targets

    with _open(store, read_only=True) as st:
        checks = run_targets(st, issuer, year)
    if format == "json":
        _echo_json(_plain([asdict(c) for c in checks]))
    else:
        typer.echo(format_targets(checks))


def main():  # console entry point
    app()


if __name__ == "__main__":
    main()
