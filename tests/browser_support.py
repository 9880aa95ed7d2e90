"""What the browser tests share: headless Debian Chromium through Playwright, and a page that
records dialogs, script errors and every request that tries to leave it (aborted)."""

from __future__ import annotations

from pathlib import Path

from conftest import require_or_skip

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
HOSTILE_IMG = "<img src=x onerror=alert(1)>"
HOSTILE_SCRIPT = "</script><script>alert(1)</script>"


class Browser:
    """A fresh page; records dialogs, page errors (and console errors, with `console=True`: a
    blocked script or style shows only there) and any request off the page."""

    def __init__(self, context, *, console: bool = False):
        self.page = context.new_page()
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        if console:
            self.page.on("console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)
        self.page.route("**/*", self._route)

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route):
        url = route.request.url
        if url.startswith(("file:", "data:", "about:")):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def open(self, path: Path, fragment: str = ""):
        self.page.goto(path.resolve().as_uri() + fragment)
        return self.page

    def wait_ready(self, timeout: int = 60_000):
        # a function, not an expression: polling an expression needs eval, which the pages' CSP forbids
        self.page.wait_for_function("() => window.rcpkg && window.rcpkg.ready === true", timeout=timeout)

    def check_clean(self):
        assert self.outside == [], f"the page made requests: {self.outside}"
        assert self.dialogs == [], f"a dialog fired: {self.dialogs}"
        assert self.errors == [], f"script or CSP errors: {self.errors}"


def playwright_or_skip():
    """Playwright's sync API, started (a context manager), or a skip (a failure under CI=true)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require_or_skip(False, "playwright is not installed")
    require_or_skip(Path(CHROMIUM).exists(), f"{CHROMIUM} is missing")
    return sync_playwright()


def launch(playwright, user_data: Path, *, width: int):
    return playwright.chromium.launch_persistent_context(
        str(user_data), executable_path=CHROMIUM, args=ARGS, headless=True,
        viewport={"width": width, "height": 900})
