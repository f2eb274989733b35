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
    disable: Optional[List[str]] = typer.Option(None, "--disable", help="Switch off a pipeline component."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to a file instead of stdout."),
):
    """Print the extraction of one report in the gold-file shape."""
    from .extract import extract as run_extract
    from .extract.pipeline import components_without
    from .ingest import read_document
    from .jsonshape import to_json
    from .output import write_text

    extraction = run_extract(read_document(report), components=components_without(disable or []),
                             min_confidence=min_confidence)
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
    disable: Optional[List[str]] = typer.Option(None, "--disable", help="Switch off a pipeline component."),
    min_confidence: float = typer.Option(0.5, "--min-confidence", help="Drop facts below this confidence (0–1)."),
):
    """Extract the reports of gold files and print precision/recall/F1 per type."""
    from .evaluate import evaluate_files, format_score
    from .extract.pipeline import components_without

    for score in evaluate_files(gold, reports, components_without(disable or []), min_confidence):
        typer.echo(format_score(score, errors=errors))


def main():  # console entry point
    app()
