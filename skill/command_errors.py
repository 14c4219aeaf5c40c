"""Errors any `python -m skill` command may raise; `skill.cli.main` turns them into one line and an exit status."""


class UsageError(Exception):
    """The command was given something it cannot use (exit status 2)."""


class CommandFailure(Exception):
    """The command could not do its work, for a reason the message explains (exit status 1)."""
