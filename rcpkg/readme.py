"""Keep the README's generated blocks true: `python -m rcpkg.readme --write | --check`.

A block in README.md between

    <!-- BEGIN rcpkg COMMAND ARGS... -->
    <!-- END -->

holds the stdout of `rcpkg COMMAND ARGS...` run on a store built from the
bundled data. `--write` regenerates every block; `--check` (used by the test
suite) fails when one differs, so the README's examples, the query catalogue
and the trace example always show real output of the current code.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCK = re.compile(r"(<!-- BEGIN rcpkg (?P<args>[^>]*?) -->\n)(?P<body>.*?)(<!-- END -->)", re.S)
FENCE = {"md": "", "csv": "csv", "json": "json"}


def run_rcpkg(args: list[str], store: Path) -> str:
    env = {**os.environ, "RCPKG_STORE": str(store), "COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb"}
    done = subprocess.run([sys.executable, "-m", "rcpkg", *args], capture_output=True, text=True, env=env,
                          timeout=600)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"rcpkg {' '.join(args)} failed ({done.returncode}): {done.stderr.strip()}")
    return done.stdout.rstrip() + "\n"


def render_block(args: str, store: Path) -> str:
    argv = shlex.split(args)
    out = run_rcpkg(argv, store)
    fmt = argv[argv.index("--format") + 1] if "--format" in argv else "text"
    if fmt == "md":
        return out
    return f"```{FENCE.get(fmt, 'text')}\n{out}```\n"


def regenerate(text: str, store: Path) -> str:
    def replace(match: re.Match) -> str:
        return match.group(1) + render_block(match.group("args"), store) + match.group(4)

    return BLOCK.sub(replace, text)


def built_store(path: Path | None = None) -> Path:
    from rcpkg.build import build

    target = path or Path(tempfile.mkdtemp(prefix="rcpkg-readme-")) / "store"
    if not target.exists():
        build(None, target)
    return target


def main(argv: list[str]) -> int:
    store = built_store(Path(argv[argv.index("--store") + 1]) if "--store" in argv else None)
    text = README.read_text(encoding="utf-8")
    new = regenerate(text, store)
    if "--check" in argv:
        if new != text:
            sys.stderr.write("README.md is stale: run `python -m rcpkg.readme --write`\n")
            return 1
        return 0
    README.write_text(new, encoding="utf-8")
    print(f"wrote {README}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
