"""Benchmarks of the suite against its raw parts (``make bench``); see docs/performance.md."""
