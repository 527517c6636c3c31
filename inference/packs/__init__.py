"""Model packs you can trust and update: signatures, installed versions, the update channel.

    keys       P-256 key pairs (``pack keygen``), public keys by name and fingerprint
    files      which files belong to a pack (stray ``.DS_Store``, ``__pycache__``, backups do not)
    signing    ``model.sig`` through OpenSSF model signing (``model_signing``): sign, verify, explain
    trust      the trusted publishers (config folder, ``TEPI_TRUSTED_KEYS``, flags) and the check
               every model goes through when it opens
    store      installed packs as ``packs/NAME/VERSION/`` in the user data folder: list, use,
               rollback, remove, atomic install, clean-up after a crash
    archive    a pack as a reproducible ``.tar.gz`` and its safe extraction
    publish    a static TUF repository folder (python-tuf's Metadata API)
    update     ``tuf.ngclient.Updater`` over HTTP, then verify and install

Everything here works offline except ``update``; nothing but ``update`` opens a
socket. ``model_signing`` and ``tuf`` are imported only when a signature or an
update is really needed (about 0.3 s and 0.1 s to import).
"""

from __future__ import annotations
