"""Tepi desktop shell (PySide6)."""
