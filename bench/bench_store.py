"""Store benchmark: a ≥1M-triple dataset in pyoxigraph, oxrdflib and rdflib's in-memory Dataset.

The dataset is the six sample reports' graphs (extracted once, cached as N-Quads)
replicated under new document ids and entity IRIs (``-c000``, ``-c001``, …: as if
``--copies`` districts had written the same reports). Each engine runs in its own
subprocess so its peak memory (``ru_maxrss``) is its own. Prints figures, asserts
nothing.

    python bench/bench_store.py                  # 30 copies ≈ 1.06M triples
    python bench/bench_store.py --copies 3 --timeout 60
    python bench/bench_store.py --server http://127.0.0.1:7878   # also an Oxigraph server

Engines:
  pyoxigraph  kg.store.EmbeddedStore: one ``replace_document`` per document (the build path)
  oxrdflib    rdflib ``Dataset(store="Oxigraph")`` on disk: ``addN`` into named graphs
  rdflib      rdflib in-memory ``Dataset(default_union=True)``: ``parse(format="nquads")``
  remote      kg.store.RemoteStore on ``--server``: one GSP PUT per document
Queries: every named query (bindings where one makes sense) and ``to_networkx`` of
one document; on kg.store engines also the lookups the CLI runs (``kg links`` /
``kg show``): ``kg.lookup.links`` of one entity, all its queries together and each
alone, ``kg.lookup.show`` and ``kg.lookup.find``.

Targets (the speed issue): ``lookup.links`` under 50 ms on the ≥1M-quad store, and
every named query at least 20× faster on pyoxigraph than on rdflib's in-memory
Dataset in the same run; the summary at the end prints both checks.
"""
from __future__ import annotations

import argparse
import json
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

REPORTS = sorted((ROOT / "data" / "reports").glob("*.txt"))
ID = "https://w3id.org/govkg/id/"
LOOKUP_NAME = "沙河口区"   # an entity every copy of shahekou-2015 names: ``links`` lookup
MEASURED_NAME = "菜篮子工程"   # a program with measures about it in the hailar reports
BINDINGS = {"measures-of-entity": {"name": MEASURED_NAME}, "links": {"name": LOOKUP_NAME},
            "targets": {"year": 2016}}
LINKS_TARGET_MS = 50      # kg.lookup.links on the ≥1M store
RDFLIB_TARGET_RATIO = 20  # every named query at least this many times faster than rdflib


# -- data -------------------------------------------------------------------------------------

def base_quads(workdir: Path) -> Path:
    """The six reports' graphs as N-Quads (extracted once, then cached)."""
    path = workdir / "base.nq"
    if not path.exists():
        from kg.extract import extract
        from kg.ingest import read_document
        from kg.rdf import to_graph
        from rdflib import Dataset

        dataset = Dataset()
        for report in REPORTS:
            graph = to_graph(extract(read_document(report)))
            dataset.graph(graph.identifier).__iadd__(graph)
        dataset.serialize(path, format="nquads", encoding="utf-8")
    return path


def replicate(base: Path, copies: int, workdir: Path) -> tuple[Path, int]:
    """``copies`` renamed copies of the base quads in one N-Quads file; (path, quads)."""
    path = workdir / f"data-{copies}.nq"
    lines = [line for line in base.read_text(encoding="utf-8").splitlines() if line]
    ids = sorted({m.group(1) for line in lines for m in re.finditer(re.escape(ID) + r"graph/([^>]+)>", line)})
    pattern = re.compile(re.escape(ID) + r"(doc|graph|dataset)/(" + "|".join(map(re.escape, ids))
                         + r")(?=[>/])|" + re.escape(ID) + r"entity/([0-9a-f]+)(?=>)|\"("
                         + "|".join(map(re.escape, ids)) + r")\"")
    with path.open("w", encoding="utf-8") as out:
        for k in range(copies):
            suffix = f"-c{k:03d}"
            out.writelines(pattern.sub(lambda m: _renamed(m, suffix), line) + "\n" for line in lines)
    return path, copies * len(lines)


def _renamed(match: re.Match, suffix: str) -> str:
    kind, doc, entity, literal = match.groups()
    if kind:
        return f"{ID}{kind}/{doc}{suffix}"
    if entity:
        return f"{ID}entity/{entity}{suffix}"
    return f'"{literal}{suffix}"'


def by_graph(path: Path) -> dict[str, list[str]]:
    """N-Quads lines grouped by graph IRI, as N-Triples lines."""
    graphs: dict[str, list[str]] = {}
    for line in filter(None, path.read_text(encoding="utf-8").splitlines()):
        body, _, graph = line.rstrip(" .").rpartition(" ")
        graphs.setdefault(graph.strip("<>"), []).append(body + " .")
    return graphs


# -- engines (each run in its own subprocess) ------------------------------------------------

def queries() -> dict[str, tuple[str, dict]]:
    """Name → (SPARQL text, bindings typed as kg.query.run_query types them) of every named query."""
    from kg.query import named_queries, parameters, typed

    texts = {name: path.read_text(encoding="utf-8") for name, (path, _) in named_queries().items()}
    return {name: (text, typed(BINDINGS.get(name, {}), parameters(text))) for name, text in texts.items()}


def timed(func, repeat: int = 3, timeout: float = 0) -> dict:
    """Median and first-run seconds of ``func()``; 'timeout' when one run passes ``timeout``."""
    runs, rows = [], None
    while len(runs) < repeat and sum(runs) < 5:   # one run is enough past 5 s
        signal.alarm(int(timeout))
        start = time.perf_counter()
        try:
            rows = func()
        except TimeoutError:
            return {"seconds": None, "timeout": timeout}
        finally:
            signal.alarm(0)
        runs.append(time.perf_counter() - start)
    return {"seconds": statistics.median(runs), "first": runs[0], "rows": rows}


def _alarm(*_):
    raise TimeoutError


def run_kg_store(location: str, data: Path, timeout: float) -> dict:
    """Load through kg.store (replace_document per document), then query."""
    from rdflib import Graph

    from kg.network import to_networkx
    from kg.store import open_store

    store = open_store(location)
    load = 0.0
    for iri, lines in by_graph(data).items():
        graph = Graph(identifier=iri)
        graph.parse(data="\n".join(lines), format="nt")
        start = time.perf_counter()
        store.replace_document(iri.removeprefix(ID + "graph/"), graph)
        load += time.perf_counter() - start
    result = {"load": load, "triples": store.triple_count(), "queries": {}}
    for name, (text, bindings) in queries().items():
        result["queries"][name] = timed(lambda: len(store.select(text, bindings or None)),
                                        timeout=timeout)
    doc = next(iter(store.documents()))
    result["queries"]["to_networkx(document)"] = timed(
        lambda: to_networkx(store, document=doc).number_of_nodes(), timeout=timeout)
    result["lookups"] = {name: timed(func, timeout=timeout) for name, func in lookups(store).items()}
    store.close()
    return result


def lookups(store) -> dict:
    """Name → function of the lookups ``kg links`` and ``kg show`` run, together and alone."""
    from rdflib import URIRef

    from kg import lookup

    entity = lookup.find(store, LOOKUP_NAME)
    bound = {"e": URIRef(entity.iri)}
    alone = {f"  links: {name}": (lambda q=query: len(lookup._select(store, q, bound)))
             for name, query in [("relations in", lookup.RELATIONS_IN),
                                 ("relations out", lookup.RELATIONS_OUT),
                                 ("measures", lookup.MEASURES), ("glossary", lookup.GLOSSARY)]}
    return {"lookup.find": lambda: lookup.find(store, LOOKUP_NAME).iri,
            "lookup.links": lambda: _links_rows(lookup.links(store, LOOKUP_NAME)),
            "  links: find": lambda: lookup.find(store, LOOKUP_NAME).iri,
            **alone,
            "  links: co-mentions": lambda: len(lookup.comentions(store, bound)),
            "lookup.show": lambda: len(lookup.show(store, LOOKUP_NAME).mentions),
            "lookup.find (did you mean)": lambda: len(_suggestions(store))}


def _links_rows(links) -> int:
    return len(links.relations) + len(links.comentions) + len(links.measures) + len(links.glossary)


def _suggestions(store) -> list[str]:
    from kg import lookup
    from kg.errors import NotFoundError

    try:
        lookup.find(store, LOOKUP_NAME + "某")
    except NotFoundError as e:
        return e.suggestions
    return []


def run_rdflib(data: Path, timeout: float, oxigraph: Path | None) -> dict:
    """Load into an rdflib Dataset (in memory, or oxrdflib's Oxigraph store on disk), then query."""
    from rdflib import Dataset, URIRef

    from kg.store import bind_values

    start = time.perf_counter()
    if oxigraph:
        dataset = Dataset(store="Oxigraph")
        dataset.open(str(oxigraph), create=True)
        for iri, lines in by_graph(data).items():
            part = Dataset()
            part.parse(data="\n".join(lines), format="nt")
            dataset.addN((s, p, o, URIRef(iri)) for s, p, o in part.triples((None, None, None)))
    else:
        dataset = Dataset(default_union=True)
        dataset.parse(data, format="nquads")
    result = {"load": time.perf_counter() - start, "triples": len(dataset), "queries": {}}
    for name, (text, bindings) in queries().items():
        text = bind_values(text, bindings) if bindings else text
        result["queries"][name] = timed(lambda: len(list(dataset.query(text))), timeout=timeout)
    return result


def engine_main(args) -> None:
    """Subprocess entry: run one engine and print its figures as JSON."""
    signal.signal(signal.SIGALRM, _alarm)
    data = Path(args.data)
    if args.engine == "pyoxigraph":
        location = Path(args.workdir) / "store"
        shutil.rmtree(location, ignore_errors=True)
        result = run_kg_store(str(location), data, args.timeout)
    elif args.engine == "remote":
        result = run_kg_store(args.server, data, args.timeout)
    else:
        location = Path(args.workdir) / "oxrdflib-store"
        shutil.rmtree(location, ignore_errors=True)
        result = run_rdflib(data, args.timeout, location if args.engine == "oxrdflib" else None)
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result, default=str))


# -- driver -----------------------------------------------------------------------------------

def run_engine(engine: str, data: Path, args) -> dict | None:
    command = [sys.executable, __file__, "--engine", engine, "--data", str(data),
               "--workdir", str(args.workdir), "--timeout", str(args.timeout)]
    if args.server:
        command += ["--server", args.server]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        print(f"{engine}: failed\n{done.stderr[-2000:]}", file=sys.stderr)
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def report(results: dict[str, dict]) -> None:
    engines = list(results)
    first = results[engines[0]]
    print(f"\n{'':34}" + "".join(f"{e:>14}" for e in engines) + "   ratio to " + engines[0])
    print(f"{'triples':34}" + "".join(f"{r['triples']:>14,}" for r in results.values()))
    _line("load (s)", [r["load"] for r in results.values()], 1)
    _line("peak memory (MB)", [r["peak_mb"] for r in results.values()], 1)
    for name in first["queries"]:
        cells = [_ms(r["queries"].get(name)) for r in results.values()]
        _line(f"{name} (ms)", cells, 1)
    for name in first.get("lookups", {}):
        _line(f"{name} (ms)", [_ms(r.get("lookups", {}).get(name)) for r in results.values()], 2)
    print(f"\nrows: " + ", ".join(f"{n}={q.get('rows')}" for n, q in first["queries"].items()))
    print("\n" + "\n".join(targets(results)))


def targets(results: dict[str, dict]) -> list[str]:
    """The two targets of the speed issue, checked on this run's figures."""
    lines = []
    links = _ms(results.get("pyoxigraph", {}).get("lookups", {}).get("lookup.links"))
    if links is not None:
        lines.append(f"lookup.links: {links:.1f} ms (target < {LINKS_TARGET_MS} ms: "
                     f"{'met' if links < LINKS_TARGET_MS else 'MISSED'})")
    if "pyoxigraph" in results and "rdflib" in results:
        lines.append(f"named queries, rdflib in-memory ms / pyoxigraph ms "
                     f"(target ≥ {RDFLIB_TARGET_RATIO}×):")
        for name, figure in results["pyoxigraph"]["queries"].items():
            other = results["rdflib"]["queries"].get(name)
            if other is not None:
                lines.append("  " + _ratio(name, _ms(figure), other))
    return lines


def _ratio(name: str, ms: float | None, rdflib: dict) -> str:
    if ms is None:
        return f"{name:28} pyoxigraph timed out"
    if rdflib.get("seconds") is None:   # rdflib passed the timeout: at least timeout / ms
        low = rdflib["timeout"] * 1000 / ms
        return f"{name:28} {ms:9.1f} ms vs rdflib > {rdflib['timeout']:.0f} s: > {low:,.0f}×  met"
    ratio = rdflib["seconds"] * 1000 / ms
    verdict = "met" if ratio >= RDFLIB_TARGET_RATIO else "MISSED"
    return f"{name:28} {ms:9.1f} ms vs rdflib {rdflib['seconds'] * 1000:9.1f} ms: {ratio:6.1f}×  {verdict}"


def _ms(figure: dict | None) -> float | None:
    return None if not figure or figure.get("seconds") is None else figure["seconds"] * 1000


def _line(label: str, values: list, digits: int) -> None:
    cells = "".join(f"{'—' if v is None else f'{v:,.{digits}f}':>14}" for v in values)
    base = values[0]
    ratios = [f"{v / base:.1f}×" if v is not None and base else "—" for v in values[1:]]
    print(f"{label:34}{cells}   {' '.join(ratios)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=30)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/govkg-bench"))
    parser.add_argument("--timeout", type=float, default=120, help="seconds per query run")
    parser.add_argument("--engines", default="pyoxigraph,oxrdflib,rdflib")
    parser.add_argument("--server", help="also bench a SPARQL server at this store URL")
    parser.add_argument("--engine", help=argparse.SUPPRESS)
    parser.add_argument("--data", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.engine:
        return engine_main(args)
    args.workdir.mkdir(parents=True, exist_ok=True)
    data, quads = replicate(base_quads(args.workdir), args.copies, args.workdir)
    print(f"dataset: {quads:,} quads in {args.copies * len(REPORTS)} documents ({data})")
    engines = args.engines.split(",") + (["remote"] if args.server else [])
    results = {e: r for e in engines if (r := run_engine(e, data, args)) is not None}
    report(results)


if __name__ == "__main__":
    main()
