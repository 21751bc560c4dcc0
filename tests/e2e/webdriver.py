"""A small W3C WebDriver client (stdlib only) for driving the real Steady
app through tauri-driver, which hands the session to WebKitWebDriver.

Only what the end-to-end tests use: sessions, finding elements, clicks,
typing, running a script, screenshots, and polling until something is true.
"""

from __future__ import annotations

import base64
import http.client
import json
import os
import socket
import subprocess
import time
import urllib.error
import urllib.request

ELEMENT_KEY = "element-6066-11e4-a52e-4f735466cecf"


class WebDriverError(RuntimeError):
    pass


def wait_until(predicate, timeout=15.0, interval=0.2, what="condition"):
    """Polls `predicate` until it returns something truthy, or fails with `what`."""
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        try:
            value = predicate()
            if value:
                return value
        except WebDriverError as e:  # element not there yet, stale, ...
            last_error = e
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}" + (f" (last error: {last_error})" if last_error else ""))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Driver:
    """tauri-driver running in the background, with the app's environment."""

    def __init__(self, tauri_driver: str, env: dict[str, str], log_path: str):
        self.port = free_port()
        native_port = free_port()
        os.makedirs(os.path.dirname(log_path), exist_ok=True)
        self.log = open(log_path, "ab")
        self.process = subprocess.Popen(
            [tauri_driver, "--port", str(self.port), "--native-port", str(native_port),
             "--native-driver", "/usr/bin/WebKitWebDriver"],
            env=env, stdout=self.log, stderr=subprocess.STDOUT,
        )
        self.url = f"http://127.0.0.1:{self.port}"
        wait_until(self._listening, timeout=20, what="tauri-driver to listen")

    def _listening(self):
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                return True
        except OSError:
            return False

    def launch(self, application: str) -> "Session":
        caps = {"capabilities": {"alwaysMatch": {"tauri:options": {"application": application}}}}
        value = request(self.url, "POST", "/session", caps, timeout=45)
        return Session(self.url, value["sessionId"])

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


def request(base: str, method: str, path: str, body=None, timeout=60):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method,
                                 headers={"Content-Type": "application/json; charset=utf-8"})
    try:
        payload = _send(req, timeout)
    except urllib.error.HTTPError as e:
        try:
            payload = json.loads(e.read())
        except ValueError:
            raise WebDriverError(f"{method} {path}: HTTP {e.code}") from None
        value = payload.get("value", {})
        raise WebDriverError(f"{method} {path}: {value.get('error')}: {value.get('message')}") from None
    return payload.get("value")


# Every resent request and relaunch of the current test, so the runner can
# say a pass needed one (a retry must never turn a failure into a silent pass).
RETRIES: list[str] = []


def _send(req, timeout):
    # tauri-driver keeps a pooled connection to WebKitWebDriver; when that
    # connection has gone stale, tauri-driver answers the next request by
    # dropping ours ("connection reset" in its log) before the request reached
    # the browser. Sending it again on a fresh connection is then safe, and
    # recorded.
    for attempt in range(3):
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                return json.loads(resp.read() or b"{}")
        except (http.client.RemoteDisconnected, ConnectionResetError) as e:
            if attempt == 2:
                raise
            RETRIES.append(f"resent {req.get_method()} {req.selector} after {e!r}")
            time.sleep(0.2)


class Session:
    def __init__(self, base: str, session_id: str):
        self.base = base
        self.path = f"/session/{session_id}"

    def _call(self, method, path, body=None):
        return request(self.base, method, self.path + path, body)

    def quit(self):
        self._call("DELETE", "")

    # ---- finding ----
    def find(self, css: str) -> "Element":
        return Element(self, self._call("POST", "/element", {"using": "css selector", "value": css})[ELEMENT_KEY])

    def find_all(self, css: str) -> list["Element"]:
        found = self._call("POST", "/elements", {"using": "css selector", "value": css})
        return [Element(self, e[ELEMENT_KEY]) for e in found]

    def find_xpath(self, xpath: str) -> "Element":
        return Element(self, self._call("POST", "/element", {"using": "xpath", "value": xpath})[ELEMENT_KEY])

    def button(self, text: str) -> "Element":
        return self.find_xpath(f"//button[normalize-space()={json.dumps(text)}]")

    def wait_for(self, css: str, timeout=15.0) -> "Element":
        return wait_until(lambda: self.find(css), timeout=timeout, what=f"element {css}")

    def exists(self, css: str) -> bool:
        return bool(self.find_all(css))

    # ---- scripts and pictures ----
    def execute(self, script: str, *args):
        wire_args = [{ELEMENT_KEY: a.id} if isinstance(a, Element) else a for a in args]
        return self._call("POST", "/execute/sync", {"script": script, "args": wire_args})

    def screenshot(self, path: str):
        png = base64.b64decode(self._call("GET", "/screenshot"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(png)


class Element:
    def __init__(self, session: Session, element_id: str):
        self.session = session
        self.id = element_id

    def _call(self, method, path, body=None):
        return self.session._call(method, f"/element/{self.id}{path}", body)

    def click(self):
        self._call("POST", "/click", {})

    def type(self, text: str):
        self._call("POST", "/value", {"text": text})

    def clear(self):
        self._call("POST", "/clear", {})

    @property
    def text(self) -> str:
        return self._call("GET", "/text")

    def attribute(self, name: str):
        return self._call("GET", f"/attribute/{name}")

    def set_value(self, value: str):
        """Sets a date/time input the way a picker does, then tells Svelte."""
        self.session.execute(
            "arguments[0].value = arguments[1];"
            "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
            "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            self, value,
        )
