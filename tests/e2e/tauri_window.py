"""Driving Steady's real window through tauri-driver with Selenium
(Debian's python3-selenium), the maintained W3C WebDriver client Tauri's
guide names beside WebdriverIO.

tauri-driver turns the session's `tauri:options` into WebKitWebDriver's
options and proxies every request to it. What this module adds to Selenium:
the tauri-driver process, a few short finders the tests read well with, and
one rule about dropped connections (below).

A dropped connection is never resent blindly. When tauri-driver drops the
connection of a request (its pooled line to WebKitWebDriver went stale, or
the app died), nobody can say whether the request reached the app:
- a GET (read the text, take a screenshot) changes nothing, so it is sent
  once more on a fresh connection and the resend is noted in RESENT, which
  the runner prints beside the test's result;
- anything else (a click, typing, a script) fails at once with
  DroppedConnection, naming the request: a click that may have happened must
  not happen twice.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
from urllib.parse import urlparse

import urllib3
from selenium.common.exceptions import InvalidSessionIdException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.options import ArgOptions
from selenium.webdriver.remote.file_detector import UselessFileDetector
from selenium.webdriver.remote.remote_connection import RemoteConnection
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement

# Every GET resent after a dropped connection during the current test, and
# every relaunch: the runner says so beside a pass (a retry must never turn a
# failure into a silent pass).
RESENT: list[str] = []


class DroppedConnection(RuntimeError):
    """tauri-driver closed the connection before answering a request that
    is not safe to repeat."""


def wait_until(predicate, timeout=15.0, interval=0.2, what="condition"):
    """Polls `predicate` until it returns something truthy, or fails with `what`.
    A WebDriver error on the way (the element not there yet, or stale) is
    a "not yet"; a lost session or a dropped connection is not."""
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        try:
            value = predicate()
            if value:
                return value
        except InvalidSessionIdException:
            raise
        except WebDriverException as e:
            last_error = e
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}"
                         + (f" (last error: {type(last_error).__name__}: {last_error.msg})" if last_error else ""))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


class TauriDriverConnection(RemoteConnection):
    """Selenium's HTTP connection, with urllib3's own retries off and the
    rule above for dropped connections."""

    def _get_connection_manager(self):
        # urllib3 would otherwise resend a request whose connection failed
        # (up to 3 times for connection errors, whatever the method).
        return urllib3.PoolManager(timeout=self.get_timeout(), retries=False)

    def _request(self, method, url, body=None):
        try:
            return super()._request(method, url, body)
        except (urllib3.exceptions.ProtocolError, ConnectionError) as e:
            path = urlparse(url).path
            if method != "GET":
                raise DroppedConnection(
                    f"tauri-driver dropped the connection during {method} {path} ({e!r}); not resent, since it "
                    "may have reached the app (a click or keystroke must not happen twice)") from e
            RESENT.append(f"resent GET {path} after tauri-driver dropped the connection ({e!r})")
            return super()._request(method, url, body)


class Element(WebElement):
    def set_value(self, value: str):
        """Sets a date/time input the way a picker does, then tells Svelte."""
        self.parent.execute_script(
            "arguments[0].value = arguments[1];"
            "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
            "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            self, value,
        )


class Window(WebDriver):
    """One WebDriver session on Steady's window, with short finders."""

    _web_element_cls = Element

    def find(self, css: str) -> Element:
        return self.find_element(By.CSS_SELECTOR, css)

    def find_all(self, css: str) -> list[Element]:
        return self.find_elements(By.CSS_SELECTOR, css)

    def find_xpath(self, xpath: str) -> Element:
        return self.find_element(By.XPATH, xpath)

    def button(self, text: str) -> Element:
        quoted = '"' + text + '"' if '"' not in text else "'" + text + "'"
        return self.find_xpath(f"//button[normalize-space()={quoted}]")

    def wait_for(self, css: str, timeout=15.0) -> Element:
        try:
            return wait_until(lambda: self.find(css), timeout=timeout, what=f"element {css}")
        except AssertionError as e:
            # What the window said instead (an error banner is the usual
            # reason an element never came), and a picture of the screen.
            raise AssertionError(f"{e}{self.failure_evidence(css)}") from None

    def failure_evidence(self, what: str) -> str:
        said = []
        try:
            said = [a.text for a in self.find_all("[role=alert]") if a.text.strip()]
        except WebDriverException:
            pass
        shot = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "artifacts", "e2e",
                            "failed-" + "".join(c if c.isalnum() else "-" for c in what).strip("-") + ".png")
        try:
            os.makedirs(os.path.dirname(shot), exist_ok=True)
            subprocess.run(["import", "-window", "root", shot], check=False, timeout=30,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except (OSError, subprocess.SubprocessError):
            shot = "(no screenshot)"
        return f"; the window's alerts: {said or 'none'}; screen: {shot}"

    def exists(self, css: str) -> bool:
        return bool(self.find_all(css))

    def screenshot(self, path: str):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        self.get_screenshot_as_file(path)


class TauriDriver:
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
        wait_until(lambda: listening(self.port), timeout=20, what="tauri-driver to listen")
        # tauri-driver starts WebKitWebDriver itself and forwards to it; a
        # new session asked for before WebKitWebDriver listens is dropped
        # ("tcp connect error: Connection refused" in its log), which a
        # loaded CI machine showed once in the benchmark's launch.
        wait_until(lambda: listening(native_port), timeout=20, what="WebKitWebDriver to listen")

    def launch(self, application: str, timeout: float = 60) -> Window:
        """A new session: tauri-driver starts `application` under WebKitWebDriver."""
        options = ArgOptions()
        # As Tauri's WebDriver guide writes it for Selenium.
        options.set_capability("browserName", "wry")
        options.set_capability("tauri:options", {"application": application})
        TauriDriverConnection.set_timeout(timeout)  # Selenium keeps it per class
        connection = TauriDriverConnection(self.url, keep_alive=True)
        # tauri-driver runs on this machine: a path typed into a field is
        # text, not a file to upload through Selenium Grid's own endpoint.
        return Window(command_executor=connection, options=options, file_detector=UselessFileDetector())

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()
