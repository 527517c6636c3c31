"""Behaviour: each controller takes the engine, a notifier and the views it drives, and wires them.

``notifier``     one place errors and news become banners (``Notifier``)
``inputs``       Open Files/Folder, Paste, drops, Try a Sample, the command line
``results``      the engine's job events onto the pages; Cancel, Close, Export, Copy
``models``       opening models, the Model menus, Model Info, the status line
``history``      the History panel's queries and edits on the I/O worker
``preferences``  the Settings dialog, applying and keeping the settings
``remote``       the remote endpoint: settings, its secret, Test Connection
``queue``        the offline queue: the replayer, the Queue panel, the count

Controllers never receive the ``MainWindow``; ``desktop.app`` builds every
object and connects views' signals to controllers' slots.
"""
