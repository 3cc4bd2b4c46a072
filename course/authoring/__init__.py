"""Maintainers' tools: what proves a module's graders (live notebooks, mutation analysis)."""
