"""Benchmarks of rcpkg against the plain-library pipeline (run `python -m benchmarks`)."""
