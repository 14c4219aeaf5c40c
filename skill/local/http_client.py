"""Send request envelopes to a running skill endpoint over HTTP, so the simulator can talk to the web service."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Callable
from typing import Any

from skill.local.simulator import SimulatorError

JsonDict = dict[str, Any]
# Signs a body for the production server (see skill.local.signing); None sends unsigned requests for --dev.
Signer = Callable[[bytes], dict[str, str]]


class HttpSkillClient:
    """A callable `invoke_fn` for ChatSession that POSTs each envelope to `url`."""

    def __init__(self, url: str, timeout_seconds: float = 10.0, signer: Signer | None = None) -> None:
        if not url.startswith(("http://", "https://")):
            raise SimulatorError(f"not an http(s) URL: {url}")
        self.url = url
        self.timeout_seconds = timeout_seconds
        self.signer = signer

    def __call__(self, event: JsonDict) -> JsonDict:
        body = json.dumps(event).encode("utf-8")
        headers = {"Content-Type": "application/json; charset=utf-8", **(self.signer(body) if self.signer else {})}
        http_request = urllib.request.Request(self.url, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(http_request, timeout=self.timeout_seconds) as reply:
                return json.loads(reply.read())
        except urllib.error.HTTPError as error:
            detail = error.read().decode("utf-8", "replace")[:200]
            raise SimulatorError(f"the skill endpoint answered HTTP {error.code}: {detail}") from error
        except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
            raise SimulatorError(f"cannot reach the skill endpoint at {self.url}: {error}") from error
        except json.JSONDecodeError as error:
            raise SimulatorError("the skill endpoint did not answer with JSON") from error
