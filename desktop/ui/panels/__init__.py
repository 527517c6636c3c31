"""Docked panels beside the pages: History, Offline Queue, and the footer they share."""
