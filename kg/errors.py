"""The one error hierarchy of govkg.

Library code raises these; only the CLI turns them into a message and an exit code.
Every message is one line that names the input and the problem.
"""


class KGError(Exception):
    """Base class of every error govkg raises on purpose."""

    exit_code = 1


class InputError(KGError):
    """A report file that cannot be read: missing, empty, binary, undecodable, too big."""

    exit_code = 2


class UsageError(KGError):
    """A command-line option with a value that names nothing (an unknown format)."""

    exit_code = 2


class QueryError(KGError):
    """A SPARQL query that is malformed, or an update where only reads are allowed."""

    exit_code = 3


class NotFoundError(KGError):
    """An entity name or document that is not in the graph (with suggestions)."""

    exit_code = 4

    def __init__(self, message: str, suggestions: list[str] | None = None):
        super().__init__(message)
        self.suggestions = suggestions or []


class StoreError(KGError):
    """A graph store that cannot be opened, read or written."""

    exit_code = 5


class OutputError(KGError):
    """An output path that cannot be written."""

    exit_code = 6


class ValidationError(KGError):
    """A graph that does not conform to the SHACL shapes."""

    exit_code = 7
