"""The remote endpoint's work off the GUI thread: the secret in the keyring, Test Connection, the replayer.

``secrets``     store, move and look up the endpoint's token (OS keyring, or this session only)
``connection``  one quick round trip to an endpoint, sorted into a few outcomes
``replay``      the offline queue's replay loop, listing, discarding (``inference.offline`` underneath)
"""
