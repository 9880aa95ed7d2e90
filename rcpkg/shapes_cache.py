"""The packaged shapes compiled to SPARQL, and where a holder keeps them.

Compiling `shapes/shapes.ttl` (with the ontology's subclass closure) takes about a second.
`packaged()` compiles it once per process and per version of the two files; a
:class:`ShapesCache` is what one holder (a build session, see rcpkg.build.session) keeps: the
compiled shapes read from a store's cache file (`rcpkg-shapes.json`) or compiled, and the
cache files that could not be read (never carried into the next store). Validation
(`rcpkg.validate.validate_store`) and the build both check through `check_shapes`, and
neither imports the other.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

SHAPES_CACHE = "rcpkg-shapes.json"  # the compiled shapes, kept in the store (valid while its fingerprint is)


def _stamp(path: Path) -> tuple[str, int]:
    try:
        return str(path), path.stat().st_mtime_ns
    except OSError:
        return str(path), -1


def packaged():
    """The packaged shapes compiled to SPARQL (once per process while the two files are unchanged)."""
    from rcpkg import resources

    return _compile(_stamp(resources.shapes_file()), _stamp(resources.ontology_file()))


@lru_cache(maxsize=2)
def _compile(shapes: tuple[str, int], ontology: tuple[str, int]):
    from rdflib import Graph

    from rcpkg.shacl_sparql import compile_shapes

    return compile_shapes(Graph().parse(shapes[0], format="turtle"),
                          ontology=Graph().parse(ontology[0], format="turtle"))


def check_shapes(store, *, focus_nodes: list[str] | None = None, compiled=None):
    """Run the shapes compiled to SPARQL (`compiled`, by default the packaged ones) on a store."""
    from rcpkg.shacl_run import run_checks

    return run_checks(compiled if compiled is not None else packaged(), store, focus_nodes=focus_nodes)


class ShapesCache:
    """The compiled shapes one holder keeps, and the cache files it could not read."""

    def __init__(self) -> None:
        self.compiled = None
        self.unreadable: set[str] = set()

    def get(self, cache: Path | None = None):
        """The compiled shapes: those already held, else read from `cache` when given and readable,
        else compiled (an unreadable `cache` is remembered: it is written anew, never linked)."""
        from rcpkg.shacl_sparql import CompiledShapes

        if self.compiled is None and cache is not None:
            try:
                self.compiled = CompiledShapes.from_json(Path(cache).read_text(encoding="utf-8"))
            except (OSError, ValueError, KeyError, TypeError):
                self.unreadable.add(str(cache))
        if self.compiled is None:
            self.compiled = packaged()
        return self.compiled

    def check(self, store, *, focus_nodes: list[str] | None = None):
        return check_shapes(store, focus_nodes=focus_nodes, compiled=self.get())

    def forget(self) -> None:
        """Drop the held shapes (the shapes or the ontology may have changed)."""
        self.compiled = None
