"""Views: widgets that show what they are handed and say what the person asked for through signals.

``window``     the main window: menus, notifications, the pages, docked panels, status bar
``pages``      drop zone, one result, a batch
``panels``     History and Offline Queue (docked), and their shared footer
``dialogs``    Settings (General, Remote) and Model Info
``tables``     the Qt table models and the one table look
and the window's parts: ``actions``, ``model_menu``, ``status_line``, ``notifications``,
``confidence``, ``theme``, ``icons``, ``mime``

No view holds a controller or starts work; ``desktop.app`` connects their signals.
"""
