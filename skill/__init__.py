"""Muscle Twitch Helper: a voice skill that asks about muscle twitching and says whether self-care or a doctor fits."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("muscle-twitch-helper")
except PackageNotFoundError:  # running from a source tree that was never installed (e.g. an unpacked Lambda zip)
    __version__ = "0+unknown"
