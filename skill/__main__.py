"""`python -m skill ...`: the local command line (see skill.cli)."""

from skill.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
