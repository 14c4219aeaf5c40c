"""Command line for the skill: `python -m skill chat`, `nlu`, `serve`, `speak`, `listen` and `voice`.

Each subcommand registers itself in `build_parser`; later ones (serve, speak, voice, listen) slot in
the same way. Errors print one line on stderr and exit non-zero, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

from skill.command_errors import CommandFailure, UsageError
from skill.domain.locales import DEFAULT_LOCALE, SUPPORTED_LOCALES
from skill.local.dates import calendar_for
from skill.local.interaction_model import (
    InteractionModelError,
    UnsupportedLocaleError,
    checked_locale,
    load_interaction_model,
)
from skill.local.resolver import QUESTION_IDS, Resolver, normalize
from skill.local.simulator import EXIT_WORDS, ChatSession, SimulatorError, local_skill_invoker
from skill.web.server_settings import SERVER_OPTIONS, ServerSettingsError, option_defaults, server_settings

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

Handler = Callable[[argparse.Namespace], int]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except (InteractionModelError, UnsupportedLocaleError, UsageError) as exc:
        _error(str(exc))
        return EXIT_USAGE
    except CommandFailure as exc:
        _error(str(exc))
        return EXIT_FAILURE
    except SimulatorError as exc:
        _error(str(exc))
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); nothing more to say.
        return EXIT_OK
    except Exception as exc:  # a skill bug must still end in a message, not a traceback
        _error(f"{type(exc).__name__}: {exc}")
        return EXIT_FAILURE


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="python -m skill",
        description="Local tools for the Muscle Twitch Helper Alexa skill.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_chat_command(commands)
    _add_nlu_command(commands)
    _add_serve_command(commands)
    # Voice commands live with the voice code; their modules import nothing heavy until a command runs.
    from skill.voice import listen_command, speak_command

    speak_command.register(commands)
    listen_command.register(commands)
    return parser


def run_chat(session: ChatSession, lines: TextIO, out: TextIO, *, json_mode: bool) -> int:
    """Talk to the skill: one utterance per line in, the skill's speech (or Turn JSON per line) out."""
    if json_mode:
        for line in _non_blank(lines):
            _write_json(out, session.send(line).as_json())
        return EXIT_OK
    invocation = session.model.invocation_name
    out.write(f'Type what you would say to Alexa, e.g. "open {invocation}". Ctrl-D ends.\n')
    while (line := _prompt(lines, out, "you> ")) is not None:
        if not line:
            continue
        turn = session.send(line)
        if turn.speech:
            out.write(f"alexa> {turn.speech}\n")
        if turn.card:
            out.write(f"[card in the Alexa app] {turn.card['title']}\n{turn.card['text']}\n")
        if turn.ended:
            out.write("(session ended)\n")
        if normalize(line) in EXIT_WORDS:
            break
        out.flush()
    out.flush()
    return EXIT_OK


def run_nlu(resolver: Resolver, texts: Iterable[str], out: TextIO, pending: str | None = None) -> int:
    """Print what Alexa would understand for each text, as one JSON object per line."""
    for text in texts:
        resolution = resolver.resolve(text, pending)
        _write_json(
            out,
            {
                "text": text,
                "intent": resolution.intent,
                "slots": resolution.slot_ids(),
                "confidence": resolution.confidence,
            },
        )
    return EXIT_OK


def _add_chat_command(commands: Any) -> None:
    chat = commands.add_parser(
        "chat",
        help="talk to the skill as if through an Echo",
        description="Each line is something said to Alexa; the skill's speech is printed.",
    )
    chat.add_argument("--json", action="store_true", help="read utterances from stdin, print one Turn JSON per line")
    chat.add_argument("--replay", type=Path, metavar="FILE",
                      help="run an ASK CLI dialog replay file ({skillId, locale, type: text, userInput: [...]})")
    chat.add_argument("--url", metavar="URL", help="talk to a running web service (e.g. http://127.0.0.1:8000/alexa) "
                      "instead of the skill in this process")
    chat.add_argument("--user", metavar="ID", default=None,
                      help="the Alexa user id the requests carry (default: one stable local user, so a later chat "
                      "continues an earlier one when memory is on)")
    add_memory_options(chat)
    _add_model_option(chat)
    chat.set_defaults(handler=_chat)


def add_memory_options(parser: argparse.ArgumentParser) -> None:
    """--memory and --data-dir, over MTH_MEMORY and MTH_DATA_DIR (the flags win)."""
    parser.add_argument("--memory", choices=("on", "off"), default=None,
                        help="remember a twitch between sessions, with each person's consent (default: $MTH_MEMORY, "
                        "else off)")
    parser.add_argument("--data-dir", type=Path, default=None, metavar="DIR",
                        help="where the memory's SQLite file lives (default: $MTH_DATA_DIR, else a per-user folder)")


def memory_settings(args: argparse.Namespace) -> Any:
    """The memory settings for a command: its flags over the MTH_* variables. Raises StorageSettingsError."""
    from skill.storage import MemorySettings

    overrides: dict[str, Any] = {}
    if args.memory is not None:
        overrides["memory"] = args.memory == "on"
    if args.data_dir is not None:
        overrides["data_dir"] = args.data_dir
    return MemorySettings.from_env(**overrides)


def _add_nlu_command(commands: Any) -> None:
    nlu = commands.add_parser(
        "nlu",
        help="show the intent and slots Alexa would resolve for a text",
        description="Resolve text with the interaction model; prints {text, intent, slots, confidence}.",
    )
    nlu.add_argument("text", nargs="?", help="what the user says")
    nlu.add_argument("--jsonl", action="store_true", help="resolve each line of stdin instead")
    nlu.add_argument(
        "--pending",
        choices=QUESTION_IDS,
        metavar="QUESTION_ID",
        help=f"question the skill is waiting on (a hint for bare answers): {', '.join(QUESTION_IDS)}",
    )
    _add_model_option(nlu)
    nlu.set_defaults(handler=_nlu, parser=nlu)


def _add_model_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--model",
        type=Path,
        default=None,
        metavar="PATH",
        help="interaction model JSON (default: interaction_model/<locale>.json)",
    )
    add_locale_option(parser, "the interaction model and the requests' locale")


def add_locale_option(parser: argparse.ArgumentParser, picks: str) -> None:
    """--locale, checked when it is parsed so an unsupported one is a usage error that lists the supported ones."""
    parser.add_argument(
        "--locale",
        type=_locale_argument,
        default=DEFAULT_LOCALE,
        metavar="LOCALE",
        help=f"picks {picks}: {', '.join(SUPPORTED_LOCALES)} (default {DEFAULT_LOCALE})",
    )


def _locale_argument(text: str) -> str:
    try:
        return checked_locale(text)
    except UnsupportedLocaleError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _add_serve_command(commands: Any) -> None:
    serve = commands.add_parser(
        "serve",
        help="run the skill as a web service for Alexa (POST /alexa, GET /healthz)",
        description="Production mode verifies every request as Amazon requires and needs a skill id. "
        "--dev skips signature and timestamp checks and only runs on a loopback address.",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 picks a free one)")
    serve.add_argument("--skill-id", action="append", default=[], metavar="ID",
                       help="accepted skill id (repeatable or comma-separated; default: $ALEXA_SKILL_ID)")
    serve.add_argument("--dev", action="store_true", help="development mode on loopback: no signature checks")
    add_memory_options(serve)
    production = serve.add_argument_group(
        "production server", "gunicorn with gevent workers; each option can also come from its MTH_* variable")
    defaults = option_defaults()
    for option in SERVER_OPTIONS:
        default = f"default {defaults[option.field]:g}, " if defaults[option.field] is not None else ""
        production.add_argument(option.flag, dest=option.field, type=_argparse_type(option.parse), default=None,
                                metavar=option.metavar, help=f"{option.help} ({default}${option.env})")
    serve.set_defaults(handler=_serve)


def _argparse_type(parse: Callable[[str], Any]) -> Callable[[str], Any]:
    """Turn a server setting's parser into an argparse type, so a bad value is a usage error that says why."""

    def convert(text: str) -> Any:
        try:
            return parse(text)
        except ServerSettingsError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    return convert


def _chat(args: argparse.Namespace) -> int:
    from skill.local.envelopes import DEFAULT_USER_ID, EnvelopeFactory
    from skill.storage import StorageSettingsError

    resolver = Resolver(load_interaction_model(args.model, args.locale), calendar=calendar_for(args.locale))
    if args.url:
        from skill.local.http_client import HttpSkillClient

        invoke_fn = HttpSkillClient(args.url)
    else:
        try:
            invoke_fn = local_skill_invoker(memory_settings(args))
        except StorageSettingsError as error:
            _error(str(error))
            return EXIT_USAGE
    if args.replay is not None:
        return _replay(args.replay, invoke_fn, resolver, json_mode=args.json, locale=args.locale)
    envelopes = EnvelopeFactory(locale=args.locale, user_id=args.user or DEFAULT_USER_ID)
    session = ChatSession(invoke_fn=invoke_fn, resolver=resolver, envelopes=envelopes, locale=args.locale)
    return run_chat(session, sys.stdin, sys.stdout, json_mode=args.json)


def _replay(path: Path, invoke_fn: Any, resolver: Resolver, *, json_mode: bool, locale: str = DEFAULT_LOCALE) -> int:
    from skill.local.envelopes import EnvelopeFactory
    from skill.local.replay import ReplayError, load_replay

    try:
        replay = load_replay(path)
    except ReplayError as error:
        _error(str(error))
        return EXIT_USAGE
    for command in replay.skipped_commands:
        print(f"note: skipping the ASK CLI command {command!r}", file=sys.stderr)
    if replay.locale != locale:
        _error(f"{path} is for locale {replay.locale}; run it with --locale {replay.locale}")
        return EXIT_USAGE
    envelopes = EnvelopeFactory(skill_id=replay.skill_id, locale=locale) if replay.skill_id \
        else EnvelopeFactory(locale=locale)
    session = ChatSession(invoke_fn=invoke_fn, resolver=resolver, envelopes=envelopes)
    for utterance in replay.utterances:
        turn = session.send(utterance)
        if json_mode:
            _write_json(sys.stdout, turn.as_json())
        else:
            print(f"User  > {utterance}")
            print(f"Alexa > {turn.speech}" if turn.speech else "Alexa > (no speech)")
            if turn.ended:
                print("(session ended)")
            sys.stdout.flush()
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    try:
        from skill.storage import StorageSettingsError
        from skill.web.app import ConfigurationError, settings_for_cli
        from skill.web.server import serve
    except ImportError as error:
        _error(f"the web service needs its extras: pip install 'muscle-twitch-helper[web]' ({error.name} missing)")
        return EXIT_USAGE
    if not 0 <= args.port <= 65535:
        _error(f"port must be between 0 and 65535, not {args.port}")
        return EXIT_USAGE
    given = {option.field: getattr(args, option.field) for option in SERVER_OPTIONS}
    if args.dev and (flags := [o.flag for o in SERVER_OPTIONS if given[o.field] is not None]):
        _error(f"{', '.join(flags)} set the production server; --dev runs the development one")
        return EXIT_USAGE
    try:
        server = None if args.dev else server_settings(given)
        serve(settings_for_cli(args.skill_id, args.dev, memory=memory_settings(args)), args.host, args.port,
              server=server)
    except (ServerSettingsError, StorageSettingsError) as error:
        _error(str(error))
        return EXIT_USAGE
    except ConfigurationError as error:
        _error(str(error))
        return EXIT_USAGE
    except OSError as error:  # port in use, address not available
        _error(f"cannot listen on {args.host}:{args.port}: {error.strerror or error}")
        return EXIT_FAILURE
    return EXIT_OK


def _nlu(args: argparse.Namespace) -> int:
    parser: argparse.ArgumentParser = args.parser
    if args.jsonl == (args.text is not None):
        parser.error("give either TEXT or --jsonl (lines on stdin)")
    if args.text is not None and not args.text.strip():
        parser.error("TEXT is empty")
    resolver = Resolver(load_interaction_model(args.model, args.locale), calendar=calendar_for(args.locale))
    texts = _non_blank(sys.stdin) if args.jsonl else [args.text]
    return run_nlu(resolver, texts, sys.stdout, args.pending)


def _non_blank(lines: Iterable[str]) -> Iterable[str]:
    for line in lines:
        stripped = line.strip()
        if stripped:
            yield stripped


def _prompt(lines: TextIO, out: TextIO, prompt: str) -> str | None:
    """Next line typed (stripped), or None at end of input."""
    if lines is sys.stdin and out is sys.stdout and sys.stdin.isatty():
        try:
            return input(prompt).strip()  # line editing in a terminal
        except EOFError:
            out.write("\n")
            return None
    out.write(prompt)
    line = lines.readline()
    if not line:
        out.write("\n")
        return None
    # Piped input is not echoed by a terminal; echo it so the transcript reads like a conversation.
    out.write(line if line.endswith("\n") else line + "\n")
    return line.strip()


def _write_json(out: TextIO, document: dict[str, Any]) -> None:
    out.write(json.dumps(document, ensure_ascii=False) + "\n")
    out.flush()


def _error(message: str) -> None:
    """One line on stderr, whatever line breaks the message carried."""
    print(f"error: {' '.join(message.split())}", file=sys.stderr)
