"""rcpkg: a knowledge graph of the regional consultative processes on migration in the Americas."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("rcpkg")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"
