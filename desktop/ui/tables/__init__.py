"""Qt table models over plain rows, and the one table view they are shown in.

``base``     ``RowTableModel`` (counts, headers), roles, thumbnails, status looks, ``make_table``
``batch``    ``BatchModel``: the rows of one batch (outcomes and thumbnails)
``history``  ``HistoryModel``: a page of history entries
``queue``    ``QueueModel``: the inputs waiting in the offline queue
"""
