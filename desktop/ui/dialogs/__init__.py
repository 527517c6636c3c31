"""Dialogs and their pages: Settings (General, Remote) and Model Info, built from one form helper."""
