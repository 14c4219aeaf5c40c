"""scripts/preview-prompts: every prompt and advice text of the content file, and real responses, as audio."""

from __future__ import annotations

import html.parser
import importlib.util
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from skill.domain.content import load_content

ROOT = Path(__file__).resolve().parent.parent
LEVELS = ("emergency", "see_doctor_soon", "see_doctor_if_persists", "self_care")


def _load_script():  # type: ignore[no-untyped-def]
    """scripts/preview_prompts.py as a module (scripts/ is not a package)."""
    if "preview_prompts" in sys.modules:
        return sys.modules["preview_prompts"]
    spec = importlib.util.spec_from_file_location("preview_prompts", ROOT / "scripts" / "preview_prompts.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["preview_prompts"] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


class _Index(html.parser.HTMLParser):
    """Rows of index.html: data-id -> the <audio> src in that row."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: dict[str, str | None] = {}
        self._row: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "tr" and values.get("data-id"):
            self._row = values["data-id"]
            self.rows[self._row] = None
        elif tag == "audio" and self._row:
            self.rows[self._row] = values.get("src")


def expected_content_ids() -> list[str]:
    """Every item of the content file the skill can say, derived here independently of the script."""
    raw = load_content().raw
    ids = [f"levels.{level}.action" for level in raw["levels"]]
    ids += [f"dialogue.level_intro.{level}" for level in raw["levels"]]
    ids += [f"reasons.{reason}" for reason in raw["reasons"]]
    ids += [f"self_care.{trigger}" for trigger in raw["self_care"]]
    ids += ["safety_net", "visit", "medicine_caution", "als"]
    ids += [f"questions.{q}.{part}" for q in raw["questions"] for part in ("prompt", "reprompt", "why")]
    ids += [f"detail_prompts.{q}.{part}" for q in raw["detail_prompts"] for part in ("prompt", "reprompt")]
    for key, line in raw["dialogue"].items():
        if key == "level_intro":
            continue
        if isinstance(line, list):
            ids += [f"dialogue.{key}.{n}" for n in range(1, len(line) + 1)]
        else:
            ids.append(f"dialogue.{key}")
    return ids


@pytest.fixture(scope="module")
def preview(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, dict[str, str | None]]:
    out = tmp_path_factory.mktemp("prompts")
    cache = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MTH_AUDIO_CACHE", str(cache))
        patch.setenv("MTH_TTS_ENGINES", "espeak")
        status = _load_script().main(["--engine", "espeak", "--output", str(out)])
    parser = _Index()
    parser.feed((out / "index.html").read_text(encoding="utf-8"))
    return out, status, parser.rows


def test_every_content_item_has_a_wav_and_an_index_entry(preview: tuple[Path, int, dict[str, str | None]]) -> None:
    out, status, rows = preview
    assert status == 0
    missing = [item for item in expected_content_ids() if item not in rows]
    assert missing == []
    for item in expected_content_ids():
        src = rows[item]
        assert src and src.endswith(".wav"), item
        with wave.open(str(out / src), "rb") as wav:
            assert wav.getnframes() > 0 and wav.getframerate() == 22050, item


def test_real_responses_cover_the_launch_and_every_level(preview: tuple[Path, int, dict[str, str | None]]) -> None:
    out, _, rows = preview
    wanted = ["response.launch", "response.als"] + [f"response.advice.{level}" for level in LEVELS]
    for item in wanted:
        assert rows.get(item), item
        assert (out / str(rows[item])).stat().st_size > 10_000
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "(warning:" not in index  # each scripted conversation reached the level it is meant to show
    assert "This is general information, not a diagnosis." in index
    assert "{" not in index.split("<body>")[1]  # every placeholder filled


def test_placeholders_are_filled_with_sample_values() -> None:
    items = {item.id: item for item in _load_script().content_items()}
    assert items["reasons.emergency_symptom"].text == "You mentioned trouble breathing. That needs help right away."
    assert items["dialogue.level_intro.see_doctor_soon"].text == "My advice: see a provider soon."
    assert items["reasons.emergency_symptom"].note  # says sample values were filled in


def test_bad_options_exit_2(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert _load_script().main(["--engine", "espeak", "--output", str(blocker / "sub")]) == 2


def test_the_wrapper_is_a_valid_bash_script() -> None:
    wrapper = ROOT / "scripts" / "preview-prompts"
    assert wrapper.stat().st_mode & 0o111
    assert subprocess.run(["bash", "-n", str(wrapper)], check=False).returncode == 0
    assert "lib/bootstrap.sh" in wrapper.read_text()


@pytest.mark.parametrize(("locale", "heard"), [("en-GB", "Call 9 9 9 now."), ("en-AU", "Call 0 0 0, or 1 1 1 in"),
                                               ("en-IN", "Call 1 1 2, or 1 0 8 for an ambulance"),
                                               ("en-US", "Call 9 1 1 now.")])
def test_each_locales_emergency_line_is_previewed_digit_by_digit(locale: str, heard: str) -> None:
    from skill.voice.ssml_text import ssml_to_speakable

    items = {item.id: item for item in _load_script().content_items(load_content(locale))}
    action = items["levels.emergency.action"]
    assert 'interpret-as="telephone"' in action.ssml
    assert heard in ssml_to_speakable(f"<speak>{action.ssml}</speak>")
