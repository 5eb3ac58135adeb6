"""Errors raised on purpose by helpers."""


class HelpersError(Exception):
    """Base class for every error raised on purpose by helpers."""


class CorpusNotFoundError(HelpersError, FileNotFoundError):
    """The corpus folder does not exist or is not a folder."""


class OutputNotWritableError(HelpersError, PermissionError):
    """The output folder cannot be created or written."""


class RejectedFile(HelpersError, ValueError):
    """An input file that cannot be read as a report; the message is the manifest reason."""


class BuildInProgressError(HelpersError, RuntimeError):
    """Another build is writing to the same output folder."""
