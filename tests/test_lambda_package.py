"""The Lambda zip: built for real with pip, unpacked, and run by an interpreter that can see nothing but the zip.

The end-to-end test needs pip to reach PyPI (CI can). It builds once per module, for this interpreter's platform, so
the unpacked zip can be imported here exactly as the Lambda runtime would import it: the zip's root on sys.path, and
no site-packages, no repository checkout, no Flask.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "package_lambda.py"
FIXTURES = REPO / "tests" / "fixtures" / "requests"
BUILD_TIMEOUT_SECONDS = 600


def _load_packager() -> ModuleType:
    """scripts/ is not a package; load the script as a module to test its pieces in-process."""
    spec = importlib.util.spec_from_file_location("package_lambda", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


packager = _load_packager()


# --- cheap tests: the platform mapping, argument validation, errors, the zip writer ---


def test_arch_maps_to_manylinux_platform_tags() -> None:
    assert packager.platform_tags("x86_64", "3.12") == (
        "manylinux_2_28_x86_64",
        "manylinux2014_x86_64",
        "manylinux_2_17_x86_64",
    )
    assert packager.platform_tags("arm64", "3.13") == (
        "manylinux_2_28_aarch64",
        "manylinux2014_aarch64",
        "manylinux_2_17_aarch64",
    )


def test_python_3_11_runtime_gets_no_manylinux_2_28_wheels() -> None:
    # The python3.11 runtime is Amazon Linux 2 (glibc 2.26): a manylinux_2_28 wheel would fail at import time there.
    assert packager.platform_tags("arm64", "3.11") == ("manylinux2014_aarch64", "manylinux_2_17_aarch64")


def test_default_target_is_python_3_12_on_x86_64() -> None:
    parser = packager.build_parser()
    target = packager.resolve_target(parser, parser.parse_args([]))
    assert target.pip_options() == [
        "--implementation", "cp", "--python-version", "3.12",
        "--platform", "manylinux_2_28_x86_64",
        "--platform", "manylinux2014_x86_64",
        "--platform", "manylinux_2_17_x86_64",
    ]  # fmt: skip


def test_platform_native_passes_no_platform_options() -> None:
    parser = packager.build_parser()
    for flag in ("--platform-native", "--for-this-machine"):
        assert packager.resolve_target(parser, parser.parse_args([flag])).pip_options() == []


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--arch", "sparc"], "invalid choice: 'sparc'"),
        (["--python-version", "3.10"], "needs Python 3.11 or newer"),
        (["--python-version", "2.7"], "must look like 3.12"),
        (["--python-version", "python3.12"], "must look like 3.12"),
        (["--platform-native", "--arch", "arm64"], "leave out --arch and --python-version"),
        (["--for-this-machine", "--python-version", "3.12"], "leave out --arch and --python-version"),
    ],
)
def test_invalid_arguments_exit_2_with_a_message(
    arguments: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        packager.main(arguments)
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


def test_a_pip_failure_is_one_clear_message_and_exit_1(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def failing_pip(command: list[str], **_: Any) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(command, 1, "", "ERROR: No matching distribution found for ask-sdk-core")

    monkeypatch.setattr(packager.subprocess, "run", failing_pip)
    status = packager.main(["--output", str(tmp_path / "lambda.zip")])
    err = capsys.readouterr().err
    assert status == 1
    assert "package-lambda: error: Building the project wheel failed (pip exited with 1)" in err
    assert "No matching distribution found for ask-sdk-core" in err
    assert "Traceback" not in err
    assert not (tmp_path / "lambda.zip").exists()


def test_the_zip_writer_is_deterministic_and_drops_what_lambda_must_not_get(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    site = tmp_path / "site"
    for name, text in {
        "pkg/__init__.py": "",
        "pkg/__pycache__/__init__.cpython-312.pyc": "bytecode",
        "pkg/tests/test_pkg.py": "",
        "pkg/stale.pyc": "bytecode",
        "bin/pkg-cli": "#!/build/machine/python",
        "pkg-1.0.dist-info/METADATA": "Name: pkg",
        "pkg-1.0.dist-info/direct_url.json": '{"url": "file:///tmp/xyz/pkg.whl"}',
        "pkg-1.0.dist-info/RECORD": (
            "pkg/__init__.py,sha256=abc,0\n"
            "pkg/__pycache__/__init__.cpython-312.pyc,,\n"
            "../../bin/pkg-cli,sha256=def,24\n"
            "pkg-1.0.dist-info/direct_url.json,sha256=ghi,36\n"
            "pkg-1.0.dist-info/METADATA,sha256=jkl,9\n"
            "pkg-1.0.dist-info/RECORD,,\n"
        ),
    }.items():
        path = site / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)

    first, second = tmp_path / "first.zip", tmp_path / "second.zip"
    packager.write_zip(first, packager.collect_files(site))
    for path in site.rglob("*"):  # new mtimes must not change a byte
        path.touch()
    packager.write_zip(second, packager.collect_files(site))

    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as archive:
        assert archive.namelist() == ["pkg-1.0.dist-info/METADATA", "pkg-1.0.dist-info/RECORD", "pkg/__init__.py"]
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert {info.external_attr >> 16 for info in archive.infolist()} == {0o100644}
        assert archive.read("pkg-1.0.dist-info/RECORD").decode() == (
            "pkg-1.0.dist-info/METADATA,sha256=jkl,9\npkg/__init__.py,sha256=abc,0\npkg-1.0.dist-info/RECORD,,\n"
        )
    assert not (tmp_path / "first.zip.partial").exists()


def test_bundled_extras_leave_out_what_the_lambda_runtime_provides() -> None:
    pyproject = """
[project]
name = "x"
[project.optional-dependencies]
dynamodb = ["ask-sdk-dynamodb-persistence-adapter>=1.19,<2", "boto3>=1.28.57", "Botocore", "tiny_helper==1.0"]
web = ["flask>=3"]
"""
    assert packager.bundled_requirements(pyproject) == [
        "ask-sdk-dynamodb-persistence-adapter>=1.19,<2",
        "tiny_helper==1.0",
    ]
    real = packager.bundled_requirements((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert [packager.distribution_name(requirement) for requirement in real] == ["ask-sdk-dynamodb-persistence-adapter"]


def test_top_level_entries_mark_folders() -> None:
    names = ["lambda_function.py", "skill/__init__.py", "skill/alexa/builder.py", "six.py"]
    assert packager.top_level_entries(names) == ["lambda_function.py", "six.py", "skill/"]


# --- the real build, once per module ---


@pytest.fixture(scope="module")
def lambda_zip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/lambda.zip as the script builds it, but for this interpreter's platform and into a temporary folder."""
    output = tmp_path_factory.mktemp("lambda-build") / "lambda.zip"
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--platform-native", "--output", str(output)],
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_SECONDS,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, f"package_lambda.py failed (it needs pip to reach PyPI):\n{result.stderr}"
    assert "size:" in result.stdout and "lambda_function.py" in result.stdout
    return output


@pytest.fixture(scope="module")
def unpacked(lambda_zip: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The zip extracted into a folder that held nothing before, as Lambda extracts it into /var/task."""
    folder = tmp_path_factory.mktemp("var-task")
    assert not any(folder.iterdir())
    with zipfile.ZipFile(lambda_zip) as archive:
        archive.extractall(folder)
    return folder


def test_the_zip_has_the_handler_and_its_dependencies_at_the_root(lambda_zip: Path) -> None:
    with zipfile.ZipFile(lambda_zip) as archive:
        names = archive.namelist()
    top = set(packager.top_level_entries(names))
    assert "lambda_function.py" in top
    assert {"ask_sdk_core/", "ask_sdk_model/", "ask_sdk_runtime/", "skill/"} <= top
    assert "skill/content/en-US.json" in names  # package data, which the skill reads at start-up
    assert names == sorted(names)


def test_the_zip_bundles_amazons_dynamodb_adapter_but_not_boto3(lambda_zip: Path) -> None:
    with zipfile.ZipFile(lambda_zip) as archive:
        top = {name.split("/", 1)[0].lower() for name in archive.namelist()}
    assert "ask_sdk_dynamodb" in top  # MTH_STORAGE=dynamodb works on Lambda
    for provided in ("boto3", "botocore", "s3transfer"):  # the Lambda runtime's own copies are used
        assert not any(entry == provided or entry.startswith(f"{provided}-") for entry in top), provided


def test_the_zip_holds_no_web_or_server_dependencies_and_no_bytecode(lambda_zip: Path) -> None:
    with zipfile.ZipFile(lambda_zip) as archive:
        names = archive.namelist()
    top = {name.split("/", 1)[0].lower() for name in names}
    for unwanted in ("flask", "werkzeug", "cryptography", "gunicorn"):
        assert not any(entry == unwanted or entry.startswith(f"{unwanted}-") for entry in top), unwanted
    assert not [name for name in names if "__pycache__" in name or name.endswith((".pyc", ".pyo"))]
    assert not [name for name in names if name.startswith(("bin/", "tests/")) or name.endswith("direct_url.json")]


# Runs in a fresh `python -I -S`: no site-packages, no PYTHON* variables, no current directory on sys.path. It puts
# only the unpacked zip in front of the standard library, proves nothing else can be imported, then plays Lambda.
CHILD = r"""
import importlib.util, json, os, sys

root = os.path.realpath(sys.argv[1])
sys.path.insert(0, root)

def inside(path):
    return path is not None and os.path.realpath(path).startswith(root + os.sep)

for entry in sys.path[1:]:
    assert "site-packages" not in entry and "dist-packages" not in entry, f"site directory on sys.path: {entry}"
    assert not entry or not os.path.realpath(entry).startswith(sys.argv[2]), f"repository on sys.path: {entry}"
for absent in ("flask", "werkzeug", "cryptography", "gunicorn", "pytest", "boto3"):
    assert importlib.util.find_spec(absent) is None, f"{absent} is importable from outside the zip"
for present in ("skill", "ask_sdk_core", "ask_sdk_model", "lambda_function", "ask_sdk_dynamodb"):
    spec = importlib.util.find_spec(present)
    assert spec is not None and inside(spec.origin), f"{present} does not come from the zip: {spec}"

import lambda_function, skill, ask_sdk_core
assert inside(skill.__file__) and inside(ask_sdk_core.__file__) and inside(lambda_function.__file__)

responses = []
for event_file in sys.argv[3:]:
    with open(event_file, encoding="utf-8") as handle:
        event = json.load(handle)
    responses.append(lambda_function.lambda_handler(event, None))
loaded_from_outside = sorted(
    name for name, module in sys.modules.items()
    if getattr(module, "__file__", None) and not inside(module.__file__)
    and (name.split(".")[0] in ("skill", "ask_sdk_core", "ask_sdk_model", "ask_sdk_runtime"))
)
print(json.dumps({"responses": responses, "loaded_from_outside": loaded_from_outside}))
"""


def run_in_bare_interpreter(folder: Path, *event_files: Path) -> dict[str, Any]:
    """Invoke lambda_function.lambda_handler with each event in one fresh interpreter; its JSON report."""
    result = subprocess.run(
        [sys.executable, "-I", "-S", "-c", CHILD, str(folder), str(REPO), *map(str, event_files)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=folder,
        env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
        check=False,
    )
    assert result.returncode == 0, f"the unpacked zip failed in a bare interpreter:\n{result.stderr}"
    return json.loads(result.stdout.splitlines()[-1])


def speech_of(response: dict[str, Any]) -> str:
    return response["response"]["outputSpeech"]["ssml"]


def test_the_unpacked_zip_alone_answers_launch_and_one_shot_requests(unpacked: Path) -> None:
    report = run_in_bare_interpreter(
        unpacked, FIXTURES / "launch.json", FIXTURES / "one_shot_calf_and_thigh.json"
    )
    assert report["loaded_from_outside"] == []
    launch, one_shot = report["responses"]

    assert launch["version"] == "1.0"
    assert "Welcome to Muscle Twitch Helper" in speech_of(launch)
    assert launch["response"]["shouldEndSession"] is False

    assert speech_of(one_shot).startswith("<speak>") and len(speech_of(one_shot)) > len("<speak></speak>")
    assert one_shot["sessionAttributes"]["pending_question"] == "emergency_screen"
    assert one_shot["sessionAttributes"]["case"]["body_parts"] == ["calf", "thigh"]
