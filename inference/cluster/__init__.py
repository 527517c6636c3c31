"""Offline batch inference over a Ray cluster: ``predict PATH... --engine ray``.

    paths ──► inputs.py    Ray Data datasets: local files listed here as the plain ``predict``
                           lists them, s3:// gs:// ... read by ``read_binary_files``; CSV files
                           parsed into rows by Tepi's own CSV reader in Ray tasks
          ──► worker.py    ``map_batches`` over a pool of actors; each opens the pack once
                           through ``Predictor.open``, checks its SHA-256 against the driver's,
                           and answers batches as rows (a failure is a row with ``error``)
          ──► job.py       Ray Data's own writers (Parquet, JSON lines), then the summary

Only this package imports Ray (``pip install 'tepi[ray]'``); nothing imports it
when the package is imported. ``spec.py`` holds what the driver sends the actors.
"""

from __future__ import annotations
