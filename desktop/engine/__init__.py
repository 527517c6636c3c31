"""The model side of the window: two worker threads and the GUI thread's handle on them.

``engine``      ``Engine``: the GUI thread asks for work and hears back through one signal per event type
``events``      the frozen events workers send (``JobStarted``, ``RowsReady``, ``SingleReady``, ...)
``workers``     ``SerialWorker``: the only place the desktop makes threads
``loading``     opening a model on the inference worker (``ModelStatus``)
``predicting``  one image, a batch of files and folders, CSV rows, on the inference worker
``opening``     a batch row or History entry read again for the full result view (no prediction)
``history``     the History panel's queries and edits, on the I/O worker
``export``      batch results to CSV, on the I/O worker
``pictures``    Pillow images and model inputs as ``QImage`` (made on a worker)
``lazy``        ``Lazy``: one shared connection (history, offline queue) opened on first use
"""
