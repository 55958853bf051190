"""Errors that end a run with a one-line message and a documented exit code."""

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2  # usage, input or rule-file error
EXIT_COLLECTION_FAILED = 3


class WwandoctorError(Exception):
    """An error shown to the user as one line; ``exit_code`` is the process exit code."""
    exit_code = EXIT_USAGE


class InputError(WwandoctorError):
    """Bad input: a file that cannot be read or parsed. The message names the file."""


class RuleError(WwandoctorError):
    """A rule file is invalid. The message is ``file:line: problem``."""
