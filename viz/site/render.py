"""Lay the pages out with the Jinja2 templates of `viz/site/templates/` (autoescape always on)."""

from __future__ import annotations

from pathlib import Path

from rcpkg.viz.explorer import script_json
from rcpkg.viz.site.pages import STRINGS

_TEMPLATES = Path(__file__).resolve().parent / "templates"


class Renderer:
    def __init__(self) -> None:
        from jinja2 import Environment, FileSystemLoader, StrictUndefined

        # autoescape on for every template: a name or quote from a source is always text
        self.env = Environment(loader=FileSystemLoader(str(_TEMPLATES)), autoescape=True,
                               undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                               auto_reload=False)  # compiled once: no look at the file per page
        self._templates: dict = {}
        self.env.filters["script_json"] = script_json
        self.js = (_TEMPLATES.parent / "assets" / "site.js").read_text(encoding="utf-8")
        if "</script" in self.js.lower():
            raise RuntimeError("viz/site/assets/site.js contains a closing tag and cannot be inlined")
        import base64
        import hashlib

        # the pages' Content-Security-Policy lets this one script run, and no other
        self.script_hash = "sha256-" + base64.b64encode(hashlib.sha256(self.js.encode("utf-8")).digest()).decode()

    def render(self, template: str, ctx: dict) -> str:
        compiled = self._templates.get(template)
        if compiled is None:
            compiled = self._templates[template] = self.env.get_template(template)
        return compiled.render(t=STRINGS[ctx["lang"]], site_js=self.js, script_hash=self.script_hash, **ctx)

    def write(self, template: str, ctx: dict, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.render(template, ctx), encoding="utf-8")
