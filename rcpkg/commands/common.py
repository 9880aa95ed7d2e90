"""What every command shares: the store and endpoint options, the console,
and the translation of rcpkg's errors into one message and an exit code."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, Callable

import click

from rcpkg.errors import EXIT_USAGE, RcpkgError

DEFAULT_STORE = Path(".rcpkg") / "store"


def stderr_console():
    """A rich console on stderr: progress and messages never mix with data on stdout."""
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def store_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--store",
        type=click.Path(path_type=Path, file_okay=False),
        default=lambda: Path(os.environ.get("RCPKG_STORE", str(DEFAULT_STORE))),
        show_default=str(DEFAULT_STORE),
        help="The embedded store's directory (env RCPKG_STORE).",
    )(func)


def endpoint_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--endpoint",
        metavar="URL",
        default=None,
        help="Query this SPARQL 1.1 endpoint instead of the embedded store.",
    )(func)


def fail(message: str, code: int = EXIT_USAGE) -> None:
    """Print one clear message on stderr and exit with `code`."""
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def run_cli(group: click.Group, argv: list[str] | None) -> int:
    """Run the click group and map every failure to a message and an exit code."""
    from rcpkg import interrupt

    interrupt.install()
    try:
        rv = group.main(args=argv, prog_name="rcpkg", standalone_mode=False)
    except click.exceptions.Exit as done:
        return done.exit_code
    except click.ClickException as exc:  # bad usage: click's own message
        exc.show()
        return EXIT_USAGE
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        return 130
    except KeyboardInterrupt:
        click.echo("Interrupted; nothing was half-written.", err=True)
        return 130
    except RcpkgError as exc:
        click.echo(f"error: {exc}", err=True)
        return exc.exit_code
    except BrokenPipeError:  # `rcpkg query ... | head`
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return 0
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except Exception as exc:  # a bug in rcpkg: one line for users, the traceback with RCPKG_DEBUG=1
        if os.environ.get("RCPKG_DEBUG"):
            raise
        click.echo(f"internal error: {type(exc).__name__}: {exc}\n"
                   "  This is a bug in rcpkg; run again with RCPKG_DEBUG=1 for the traceback and report it.",
                   err=True)
        return 70
    # Commands return their exit code (None means 0).
    return rv if isinstance(rv, int) else 0


def check_sources(files: tuple[Path, ...], *, ontology_only: bool) -> None:
    """`validate` and `reason`: FILEs, --store and --ontology-only name different inputs: refuse a mix instead of ignoring one."""
    from click.core import ParameterSource

    from rcpkg.errors import UsageError

    store_given = click.get_current_context().get_parameter_source("store") == ParameterSource.COMMANDLINE
    if sum([bool(files), store_given, ontology_only]) > 1:
        choices = "Turtle FILEs, --store or --ontology-only" if ontology_only or "ontology_only" in \
            click.get_current_context().params else "Turtle FILEs or --store"
        raise UsageError(f"give {choices}, not several of them")

