"""Widgets of the Tepi window: each takes plain data and emits signals; none runs work."""
