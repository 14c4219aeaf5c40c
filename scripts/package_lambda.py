"""Build the AWS Lambda deployment zip: `lambda_function.py` plus the skill and its core dependencies at the root.

    scripts/package-lambda                              # dist/lambda.zip for python3.12 on x86_64
    scripts/package-lambda --arch arm64                 # for a Graviton (arm64) function
    scripts/package-lambda --python-version 3.13 --output /tmp/skill.zip
    scripts/package-lambda --platform-native            # for this interpreter's own platform (used by the tests)

Lambda puts the root of the zip on sys.path and nothing else, so every dependency has to sit there: that is what
cures the classic "No module named ask_sdk_core". The dependencies are installed with pip for the *Lambda's*
platform, not this machine's: `--platform` / `--python-version` / `--implementation cp` with `--only-binary=:all:`
pick the wheels the Lambda runtime can load even when building on macOS or on another architecture.

Only the core (`ask-sdk-core` and what it pulls in) goes in: the `web` and `server` extras (Flask, cryptography,
gunicorn) serve the HTTPS deployment and never belong in the Lambda package; the build fails if any of them shows up.
The `dynamodb` extra's own packages go in too (Amazon's small ask-sdk DynamoDB adapter, for MTH_STORAGE=dynamodb),
but not boto3 and botocore: the Lambda Python runtime provides them, and a copy would add megabytes and shadow them.

The zip is reproducible for the same set of wheels: entries sorted, every timestamp fixed (SOURCE_DATE_EPOCH if
set), fixed permissions, no bytecode, no console scripts, no `direct_url.json` (it records the temporary build path),
and each `*.dist-info/RECORD` rewritten to list exactly the files that ship. Pin versions with pip's own
`PIP_CONSTRAINT=constraints.txt` environment variable when the dependency versions must not move either.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[1]
HANDLER_FILE = ROOT / "lambda" / "lambda_function.py"
DEFAULT_OUTPUT = ROOT / "dist" / "lambda.zip"
DEFAULT_PYTHON_VERSION = "3.12"
DEFAULT_ARCH = "x86_64"
MIN_PYTHON = (3, 11)  # pyproject's requires-python

# Lambda calls the architectures x86_64 and arm64; manylinux wheels call the latter aarch64.
ARCH_TO_MACHINE = {"x86_64": "x86_64", "arm64": "aarch64"}

# The python3.12+ runtimes run on Amazon Linux 2023 (glibc 2.34), so manylinux_2_28 wheels load there; the python3.11
# runtime runs on Amazon Linux 2 (glibc 2.26), where they would fail at import time, so only manylinux2014 (2.17).
MANYLINUX_2_28_FROM = (3, 12)

# Distributions of the `web`/`server` extras: finding one in the build means the core dependencies went wrong.
FORBIDDEN_DISTRIBUTIONS = frozenset({"flask", "werkzeug", "cryptography", "cffi", "gunicorn"})

# Extras whose packages ship in the zip (installed without their dependencies), and the distributions the Lambda
# Python runtime already has, which are left out of the zip even when an extra asks for them.
BUNDLED_EXTRAS = ("dynamodb",)
PROVIDED_BY_LAMBDA_RUNTIME = frozenset({"boto3", "botocore", "s3transfer", "jmespath"})

# Directories never shipped, at any depth: bytecode caches and test suites of dependencies.
EXCLUDED_DIR_NAMES = frozenset({"__pycache__", "tests", "test"})
# Top-level directories never shipped: pip's console scripts, whose shebang points at the build machine's python.
EXCLUDED_TOP_LEVEL = frozenset({"bin"})
EXCLUDED_SUFFIXES = (".pyc", ".pyo")
# dist-info files that differ from build to build (direct_url.json holds the temporary wheel path).
EXCLUDED_DIST_INFO_FILES = frozenset({"direct_url.json"})

# Top-level packages that are never part of the wheel (pyproject's packages.find only includes `skill*`).
_NOT_PACKAGED_AT_ROOT = frozenset({"tests", "build", "dist"})

# 1980-01-01, the earliest time a zip entry can hold.
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
FILE_MODE = 0o644

# Lambda's documented limits for a direct upload and for the unzipped function.
DIRECT_UPLOAD_LIMIT = 50 * 1024 * 1024
UNZIPPED_LIMIT = 250 * 1024 * 1024


class PackagingError(Exception):
    """A failure the user can act on; reported as one message without a traceback."""


@dataclass(frozen=True)
class Target:
    """What to install for: pip's platform options, or None for the running interpreter's own platform."""

    python_version: str | None
    platforms: tuple[str, ...]
    description: str

    def pip_options(self) -> list[str]:
        """The pip options that select wheels for this target."""
        if self.python_version is None:
            return []
        options = ["--implementation", "cp", "--python-version", self.python_version]
        for tag in self.platforms:
            options += ["--platform", tag]
        return options


def parse_python_version(text: str) -> tuple[int, int]:
    """`"3.12"` → `(3, 12)`; anything else, or older than the project supports, is an error."""
    match = re.fullmatch(r"3\.(\d{1,2})", text.strip())
    if match is None:
        raise ValueError(f"--python-version must look like 3.12, not {text!r}")
    version = (3, int(match.group(1)))
    if version < MIN_PYTHON:
        raise ValueError(f"--python-version {text}: the skill needs Python {MIN_PYTHON[0]}.{MIN_PYTHON[1]} or newer")
    return version


def platform_tags(arch: str, python_version: str) -> tuple[str, ...]:
    """The manylinux platform tags pip may pick wheels for, for a Lambda architecture and runtime version."""
    if arch not in ARCH_TO_MACHINE:
        raise ValueError(f"--arch must be one of {', '.join(ARCH_TO_MACHINE)}, not {arch!r}")
    machine = ARCH_TO_MACHINE[arch]
    # manylinux2014 and manylinux_2_17 are the same glibc 2.17 baseline under two names; wheels carry either or both.
    # pip expands manylinux2014 to manylinux2010 and manylinux1 by itself, but not the perennial manylinux_x_y tags.
    tags = [f"manylinux2014_{machine}", f"manylinux_2_17_{machine}"]
    if parse_python_version(python_version) >= MANYLINUX_2_28_FROM:
        tags.insert(0, f"manylinux_2_28_{machine}")
    return tuple(tags)


def build_parser() -> argparse.ArgumentParser:
    """The command line; defaults for --arch and --python-version are applied after parsing (see `resolve_target`)."""
    parser = argparse.ArgumentParser(
        prog="package-lambda",
        description="Build the AWS Lambda deployment zip (handler lambda_function.lambda_handler).",
    )
    parser.add_argument(
        "--output", type=Path, default=DEFAULT_OUTPUT, help="where to write the zip (default: dist/lambda.zip)"
    )
    parser.add_argument(
        "--python-version",
        help=f"the Lambda runtime's Python version, e.g. 3.12 or 3.13 (default: {DEFAULT_PYTHON_VERSION})",
    )
    parser.add_argument(
        "--arch", choices=sorted(ARCH_TO_MACHINE), help=f"the Lambda function's architecture (default: {DEFAULT_ARCH})"
    )
    parser.add_argument(
        "--platform-native",
        "--for-this-machine",
        action="store_true",
        help="build for the running interpreter's own platform and version instead (to test the zip locally)",
    )
    parser.add_argument("--verbose", action="store_true", help="show pip's output as it runs")
    return parser


def resolve_target(parser: argparse.ArgumentParser, args: argparse.Namespace) -> Target:
    """The install target from the parsed arguments; conflicting or invalid ones exit through `parser.error`."""
    if args.platform_native:
        if args.arch is not None or args.python_version is not None:
            parser.error("--platform-native builds for this interpreter; leave out --arch and --python-version")
        version = f"{sys.version_info.major}.{sys.version_info.minor}"
        return Target(None, (), f"this interpreter (CPython {version}, {sys.platform} {platform.machine()})")
    arch = args.arch or DEFAULT_ARCH
    python_version = args.python_version or DEFAULT_PYTHON_VERSION
    try:
        tags = platform_tags(arch, python_version)
    except ValueError as problem:
        parser.error(str(problem))
    major, minor = parse_python_version(python_version)
    return Target(f"{major}.{minor}", tags, f"Lambda python{major}.{minor} on {arch} ({', '.join(tags)})")


def run_pip(arguments: Sequence[str], what: str, verbose: bool) -> None:
    """Run `python -m pip ...` with this interpreter; a failure becomes a PackagingError carrying pip's own words."""
    command = [sys.executable, "-m", "pip", *arguments, "--disable-pip-version-check", "--no-input"]
    if verbose:
        print("+ " + " ".join(command), file=sys.stderr)
        result = subprocess.run(command, check=False)
        output = ""
    else:
        result = subprocess.run(command, check=False, capture_output=True, text=True)
        output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        # pip's last lines name the package and platform that failed; the whole log would bury them.
        tail = "\n".join(output.splitlines()[-25:])
        details = f"\n{tail}" if tail else ""
        raise PackagingError(f"{what} failed (pip exited with {result.returncode}).{details}")


def copy_project_source(destination: Path) -> Path:
    """A clean copy of what the wheel is built from: the top-level files and the top-level Python packages.

    setuptools builds in-tree (it writes `build/` and `*.egg-info` next to pyproject.toml), and a stale `build/lib`
    in the checkout could slip deleted modules into the wheel; building from a fresh copy avoids both. Copying only
    files and packages keeps caches, virtualenvs and node modules (hundreds of MB in a checkout) out of the way.
    """
    source = destination / "project"
    source.mkdir()
    skip_inside = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for entry in sorted(ROOT.iterdir()):
        if entry.name.startswith(".") or entry.name in _NOT_PACKAGED_AT_ROOT:
            continue
        if entry.is_file():
            shutil.copy2(entry, source / entry.name)
        elif entry.is_dir() and (entry / "__init__.py").is_file():
            shutil.copytree(entry, source / entry.name, ignore=skip_inside)
    return source


def build_project_wheel(workdir: Path, verbose: bool) -> Path:
    """Build the project's own wheel (no dependencies) and return its path."""
    source = copy_project_source(workdir)
    wheels = workdir / "wheels"
    print("Building the project wheel ...", file=sys.stderr)
    run_pip(["wheel", "--no-deps", "--wheel-dir", str(wheels), str(source)], "Building the project wheel", verbose)
    built = sorted(wheels.glob("*.whl"))
    if len(built) != 1:
        raise PackagingError(f"expected one wheel from the project build, found {[path.name for path in built]}")
    return built[0]


def install_into(target_dir: Path, wheel: Path, target: Target, verbose: bool) -> None:
    """Install the project wheel and its dependencies into `target_dir`, for the target platform."""
    print(f"Installing the skill and its dependencies for {target.description} ...", file=sys.stderr)
    arguments = [
        "install",
        "--target", str(target_dir),
        "--only-binary=:all:",  # pip requires it with --platform; and no sdist may be compiled for the wrong machine
        "--no-compile",  # bytecode would be written for this interpreter, and listed in RECORD
        *target.pip_options(),
        str(wheel),
    ]  # fmt: skip
    run_pip(arguments, f"Installing the dependencies for {target.description}", verbose)


def distribution_name(requirement: str) -> str:
    """`"boto3>=1.28"` → `"boto3"`: the normalized distribution name at the start of a requirement string."""
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    if match is None:
        raise PackagingError(f"cannot read the requirement {requirement!r} in pyproject.toml")
    return re.sub(r"[-_.]+", "-", match.group(1)).lower()


def bundled_requirements(pyproject_text: str) -> list[str]:
    """The requirements of BUNDLED_EXTRAS as pyproject.toml states them, minus what the Lambda runtime provides."""
    extras = tomllib.loads(pyproject_text)["project"].get("optional-dependencies", {})
    requirements = []
    for extra in BUNDLED_EXTRAS:
        if extra not in extras:
            raise PackagingError(f"pyproject.toml has no [{extra}] extra to bundle")
        requirements += [req for req in extras[extra] if distribution_name(req) not in PROVIDED_BY_LAMBDA_RUNTIME]
    return requirements


def install_bundled_extras(target_dir: Path, target: Target, verbose: bool) -> None:
    """Install the bundled extras' own packages into `target_dir`, without dependencies (boto3 is the runtime's)."""
    requirements = bundled_requirements((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    if not requirements:
        return
    print(f"Adding {', '.join(requirements)} (without boto3: the Lambda runtime has it) ...", file=sys.stderr)
    arguments = [
        "install",
        "--target", str(target_dir),
        "--only-binary=:all:",
        "--no-compile",
        "--no-deps",  # their dependencies are the core (already there) and boto3 (the runtime's)
        *target.pip_options(),
        *requirements,
    ]  # fmt: skip
    run_pip(arguments, f"Installing {', '.join(requirements)} for {target.description}", verbose)


def installed_distributions(site_dir: Path) -> dict[str, str]:
    """Normalized distribution name → version, from the dist-info directories in `site_dir`."""
    found: dict[str, str] = {}
    for dist_info in site_dir.glob("*.dist-info"):
        name, _, version = dist_info.name.removesuffix(".dist-info").partition("-")
        found[re.sub(r"[-_.]+", "-", name).lower()] = version
    return found


def check_core_only(site_dir: Path) -> None:
    """Fail when a web/server-only distribution got in: the Lambda package carries the core dependencies only."""
    unwanted = sorted(set(installed_distributions(site_dir)) & FORBIDDEN_DISTRIBUTIONS)
    if unwanted:
        raise PackagingError(
            f"the Lambda package must hold only the core dependencies, but found {', '.join(unwanted)}; "
            "check [project.dependencies] in pyproject.toml (Flask and friends belong to the web/server extras)"
        )
    if "ask-sdk-core" not in installed_distributions(site_dir):
        raise PackagingError("ask-sdk-core is missing; Lambda would fail with 'No module named ask_sdk_core'")
    provided = sorted(set(installed_distributions(site_dir)) & PROVIDED_BY_LAMBDA_RUNTIME)
    if provided:
        raise PackagingError(
            f"{', '.join(provided)} must not be bundled: the Lambda Python runtime provides them "
            "(a core dependency must have pulled them in; check [project.dependencies] in pyproject.toml)"
        )


def is_shipped(relative: PurePosixPath) -> bool:
    """Whether a file (path relative to the zip root) belongs in the Lambda package."""
    parts = relative.parts
    if parts[0] in EXCLUDED_TOP_LEVEL or any(part in EXCLUDED_DIR_NAMES for part in parts[:-1]):
        return False
    if relative.suffix in EXCLUDED_SUFFIXES:
        return False
    return not (len(parts) == 2 and parts[0].endswith(".dist-info") and parts[1] in EXCLUDED_DIST_INFO_FILES)


def collect_files(site_dir: Path) -> dict[str, Path]:
    """Zip entry name → file on disk, for every shipped file under `site_dir`."""
    files: dict[str, Path] = {}
    for path in site_dir.rglob("*"):
        if path.is_file():
            relative = PurePosixPath(path.relative_to(site_dir).as_posix())
            if is_shipped(relative):
                files[str(relative)] = path
    return files


def rewrite_record(record: str, record_name: str, shipped: Iterable[str]) -> str:
    """A RECORD that lists exactly the shipped files of its distribution (it is read by tools, never by imports).

    Entries for excluded files (console scripts in ../../bin, direct_url.json, bytecode) are dropped so the RECORD
    stays true to the zip; RECORD lists itself without a hash, as the wheel spec requires.
    """
    shipped_names = set(shipped)
    rows = []
    for row in csv.reader(io.StringIO(record)):
        if not row:
            continue
        name = os.path.normpath(row[0]).replace(os.sep, "/")
        if name == record_name:
            continue
        if name in shipped_names:
            rows.append([name, *row[1:]])
    rows.sort()
    rows.append([record_name, "", ""])
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def zip_timestamp() -> tuple[int, int, int, int, int, int]:
    """The fixed timestamp for every entry: SOURCE_DATE_EPOCH when set (reproducible-builds convention), else 1980."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return ZIP_EPOCH
    try:
        moment = time.gmtime(int(epoch))
    except ValueError as problem:
        raise PackagingError(f"SOURCE_DATE_EPOCH must be a number of seconds, not {epoch!r}") from problem
    return max(ZIP_EPOCH, tuple(moment[:6]))  # type: ignore[return-value]


def write_zip(output: Path, files: dict[str, Path], extra: dict[str, bytes] | None = None) -> None:
    """Write `files` (entry name → path) and `extra` (entry name → bytes) as a deterministic zip at `output`.

    RECORD files are rewritten against the shipped entries. The zip is written next to `output` and renamed into
    place, so an interrupted build never leaves a half-written package where a deploy would pick it up.
    """
    contents: dict[str, bytes] = {name: path.read_bytes() for name, path in files.items()}
    contents.update(extra or {})
    for name in [name for name in contents if name.endswith(".dist-info/RECORD")]:
        contents[name] = rewrite_record(contents[name].decode("utf-8"), name, contents).encode("utf-8")
    stamp = zip_timestamp()
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name in sorted(contents):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.create_system = 3  # Unix, so the permission bits below are honoured when unpacked
            info.external_attr = (0o100000 | FILE_MODE) << 16  # regular file, rw-r--r--: Lambda only reads
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, contents[name], compresslevel=9)
    os.replace(partial, output)


def top_level_entries(names: Iterable[str]) -> list[str]:
    """The zip's top-level entries, folders with a trailing slash, sorted."""
    entries = set()
    for name in names:
        head, separator, _ = name.partition("/")
        entries.add(head + "/" if separator else head)
    return sorted(entries)


def build(output: Path, target: Target, verbose: bool = False) -> list[str]:
    """Build the Lambda zip at `output`; returns the zip's entry names."""
    if not HANDLER_FILE.is_file():
        raise PackagingError(f"the Lambda handler {HANDLER_FILE} is missing")
    with tempfile.TemporaryDirectory(prefix="package-lambda-") as scratch:
        workdir = Path(scratch)
        wheel = build_project_wheel(workdir, verbose)
        site_dir = workdir / "site"
        install_into(site_dir, wheel, target, verbose)
        install_bundled_extras(site_dir, target, verbose)
        check_core_only(site_dir)
        files = collect_files(site_dir)
        if "lambda_function.py" in files:
            raise PackagingError("a dependency installed a top-level lambda_function.py that would shadow the handler")
        files["lambda_function.py"] = HANDLER_FILE
        try:
            write_zip(output, files)
        except OSError as problem:
            raise PackagingError(f"cannot write {output}: {problem.strerror or problem}") from problem
        return sorted(files)


def report(output: Path, names: list[str], target: Target) -> None:
    """Print what was built: the path, sizes, the top-level entries, and any Lambda size limit crossed."""
    size = output.stat().st_size
    with zipfile.ZipFile(output) as archive:
        unzipped = sum(info.file_size for info in archive.infolist())
    print(f"Built {output} for {target.description}")
    print(f"  size: {size:,} bytes ({size / 1024 / 1024:.1f} MiB); unzipped {unzipped / 1024 / 1024:.1f} MiB")
    print(f"  {len(names)} files; top-level entries:")
    for entry in top_level_entries(names):
        print(f"    {entry}")
    if size > DIRECT_UPLOAD_LIMIT:
        print("  note: over 50 MiB, so upload it through S3 rather than directly", file=sys.stderr)
    if unzipped > UNZIPPED_LIMIT:
        print("  warning: over Lambda's 250 MiB unzipped limit", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit status (argument errors exit with 2 through argparse)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    target = resolve_target(parser, args)
    output = args.output.expanduser().resolve()
    try:
        names = build(output, target, verbose=args.verbose)
    except PackagingError as problem:
        print(f"package-lambda: error: {problem}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("package-lambda: interrupted", file=sys.stderr)
        return 130
    report(output, names, target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
