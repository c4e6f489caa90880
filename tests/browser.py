"""Drive Debian's headless Chromium through chromedriver (selenium), never downloading a browser.

``Browser`` opens a local file with a fixed viewport, runs JavaScript, clicks, reads the
console log and the network log, and writes screenshots. ``MISSING`` says why no browser
can run here (None when one can), for ``pytest.skip``.
"""
from __future__ import annotations

import base64
import json
import os
import shutil
import tempfile
from pathlib import Path

CHROMIUM = os.environ.get("CLAIMCHECK_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CLAIMCHECK_CHROMEDRIVER", "/usr/bin/chromedriver")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--hide-scrollbars")


def _missing() -> str | None:
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not (os.path.isfile(path) and os.access(path, os.X_OK)):
            return f"{path} not found (apt-get install {package})"
    try:
        import selenium  # noqa: F401  (only whether it is installed)
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    return None


MISSING = _missing()


class Browser:
    """One headless Chromium with a fresh profile; use as a context manager."""

    def __init__(self, width: int = 1280, height: int = 900):
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        self._profile = tempfile.mkdtemp(prefix="claimcheck-chromium-")
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for flag in FLAGS + (f"--user-data-dir={self._profile}", f"--window-size={width},{height}"):
            options.add_argument(flag)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
        # both paths given: selenium has nothing to look up or download
        self.driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
        self.driver.set_page_load_timeout(30)
        self.width, self.height = width, height
        # the window-size flag includes browser chrome; pin the viewport itself
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})

    def __enter__(self) -> "Browser":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.driver.quit()
        finally:
            shutil.rmtree(self._profile, ignore_errors=True)

    def open(self, path: Path) -> None:
        """Load a local file and drop the logs of earlier pages."""
        self.console()
        self.requests()
        self.driver.get(Path(path).resolve().as_uri())

    def js(self, script: str, *args):
        return self.driver.execute_script(script, *args)

    def click(self, css: str) -> None:
        self.driver.find_element("css selector", css).click()

    def console(self) -> list[dict]:
        """Console and page-error entries since the last call ({level, message})."""
        return self.driver.get_log("browser")

    def errors(self) -> list[str]:
        """Console errors (JS exceptions, CSP violations, failed loads) since the last call."""
        return [e["message"] for e in self.console() if e["level"] == "SEVERE"]

    def requests(self) -> list[str]:
        """URLs the page loaded (or tried to, unblocked) since the last call, from the
        DevTools network log; requests that the CSP refused are left out."""
        urls, blocked = {}, set()
        for entry in self.driver.get_log("performance"):
            msg = json.loads(entry["message"])["message"]
            params = msg.get("params", {})
            if msg.get("method") == "Network.requestWillBeSent":
                urls[params["requestId"]] = params["request"]["url"]
            elif msg.get("method") == "Network.loadingFailed" and params.get("blockedReason"):
                blocked.add(params["requestId"])
        return [url for rid, url in urls.items() if rid not in blocked]

    def screenshot(self, path: Path, full_page: bool = False) -> Path:
        """Write a PNG of the viewport (or of the whole page) and return its path."""
        params = {"format": "png"}
        if full_page:
            size = self.js("return [document.documentElement.scrollWidth,"
                           " document.documentElement.scrollHeight]")
            params.update(captureBeyondViewport=True,
                          clip={"x": 0, "y": 0, "width": size[0], "height": size[1], "scale": 1})
        data = self.driver.execute_cdp_cmd("Page.captureScreenshot", params)["data"]
        Path(path).write_bytes(base64.b64decode(data))
        return Path(path)


def png_size(data: bytes) -> tuple[int, int]:
    """(width, height) from a PNG's IHDR chunk; ValueError if it is not a PNG."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
