"""Sentences about signed model packs, installed versions and update sources (``inference/packs/``).

English templates; ``{name}`` is a pack's (or a key's) name, ``{url}`` an update source.
"""

from __future__ import annotations

ENGLISH = {
    # signing.py, trust.py: signatures and trusted publishers
    "sign.forged": "The signature of {name} does not match what it says it signed: it is forged or damaged.",
    "sign.unreadable": (
        "The signature of {name} (model.sig) is damaged or not a model signature Tepi reads."
    ),
    "sign.not_a_pack": "{name} is not a signed model pack.",
    "sign.too_large": "The signature of {name} is too large to be one.",
    "sign.unsigned": "{name} is not signed (it has no model.sig).",
    "sign.os_error": "The signature of {name} cannot be read ({system_error}).",
    "sign.outside": "The signature of {name} lists a file outside the pack ({file}), so Tepi refuses it.",
    "sign.no_manifest": "The signature of {name} does not cover its model.toml, so it proves nothing.",
    "sign.not_covered": "{file} in {name} is not covered by its signature.",
    "sign.no_key": (
        "{name} is signed by a key with fingerprint {fingerprint}, but Tepi has no key to check it with."
    ),
    "sign.other_key": "{name} is signed by another key (fingerprint {fingerprint}), not by {known}.",
    "sign.symlink": "{name} holds a symbolic link, which Tepi does not sign or verify.",
    "sign.odd_file": "{name} holds a file that is not a regular file or cannot be read.",
    "sign.changed": "{file} in {name} has changed since {signer} signed it.",
    "sign.added": "{name} has a file that was not signed: {file}.",
    "sign.missing": "{name} is missing {file}, which {signer} signed.",
    "sign.mismatch": "{name} does not match its signature.",
    "sign.untrusted": (
        "Tepi opens only models signed by a trusted publisher ({publishers}), so it refused this one "
        "(--allow-unsigned overrides): {cause}"
    ),
    "sign.not_a_pack_folder": "{path} is not a model pack: it has no model.toml.",
    "trust.same_key": "This key is already trusted as {name}.",
    "trust.same_name": "Another key is already trusted as {name}; choose another --name.",
    "trust.no_such_key": "No trusted key is called {name} (trusted: {known}).",
    # keys.py: key files
    "key.bad_name": (
        "{name!r} cannot name a key: use letters, digits, '.', '_' or '-', starting with a letter or digit."
    ),
    "key.exists": "{path} already exists; choose another --name or folder.",
    "key.not_public": "{name} is not a PEM public key.",
    "key.public_curve": "{name} is not an elliptic-curve P-256, P-384 or P-521 public key.",
    "key.needs_passphrase": "{name} is encrypted: give its passphrase (TEPI_KEY_PASSPHRASE or the prompt).",
    "key.no_passphrase": "{name} is not encrypted; give no passphrase.",
    "key.not_private": "{name} is not a PEM private key, or the passphrase is wrong.",
    "key.private_curve": "{name} is not an elliptic-curve P-256, P-384 or P-521 private key.",
    "key.too_large": "{name} is too large to be a key file.",
    "key.missing": "The key file {path} does not exist.",
    "key.os_error": "The key file {path} cannot be read ({system_error}).",
    # store.py, install.py, archive.py: installed versions
    "store.record": "The record of installed {name} packs cannot be read ({system_error}).",
    "store.busy": "Another Tepi is changing the installed packs; try again in a moment.",
    "store.no_earlier": "{name} has no earlier version to return to.",
    "store.not_installed": "{name} {version} is not installed.",
    "store.not_installed_list": "{name} {version} is not installed (installed: {installed}).",
    "store.in_use": "{name} {version} is in use; switch to another version first.",
    "store.already": "{name} {version} is already installed.",
    "store.bad_name": "{name!r} is not a pack name Tepi installs (letters, digits, '.', '_', '-').",
    "store.bad_version": "{version!r} is not a version Tepi installs (letters, digits, '.', '+', '-').",
    "store.announced": (
        "The archive announced as {announced_name} {announced_version} holds {name} {version}."
    ),
    "store.symlink_install": "{folder} holds a symbolic link ({file}), which Tepi does not install.",
    "store.symlink_publish": "{folder} holds a symbolic link ({file}), which Tepi does not publish.",
    "archive.unreadable": "{archive} is not a pack archive Tepi can unpack ({system_error}).",
    "archive.refused": "{archive} is not a pack archive Tepi installs: {reason}.",
    "archive.reason.not_file": "{member} is a link or a device, not a file",
    "archive.reason.outside": "{member} would land outside the pack",
    "archive.reason.twice": "{member} is in it twice",
    "archive.reason.too_large": "it unpacks to more than a pack may",
    # publish.py: a static update repository
    "publish.bad_name": "{name} {version}: the name or version cannot be a folder name.",
    "publish.unsigned": (
        "{cause} Sign the pack with the key that publishes it first: pack sign {path} --private-key KEY"
    ),
    "publish.not_a_repository": "{path} is not a Tepi update repository (no metadata/timestamp.json).",
    "publish.expires": "--expires must be at least 1 day.",
    "publish.other_key": "{path} was created with another key; publish with that key.",
    "publish.taken": "{target} is already published with other contents; raise the pack's version.",
    # update.py, tuf_fetch.py, tuf_root.py: reading an update source through TUF
    "update.no_pack": "The update source {url} has no pack called {name}.",
    "update.no_versions": "The update source {url} lists no version of {name}.",
    "update.refused": "{name} {version} from {url} was refused: {cause}",
    "update.not_a_source": "{url} is not a Tepi update source.",
    "update.bad_url": "The update source {url!r} must start with http:// or https:// and name a host.",
    "update.index_too_large": "{target} from {source} is too large to be an index.",
    "update.not_json": "{target} from {url} is not valid JSON.",
    "update.not_index": "{target} from {url} is not an index.",
    "update.unsigned_target": "The update source {source} lists {target} but does not sign it.",
    "update.bad_index": "The index of {url} is not a list of versions.",
    "update.too_much": (
        "The update source {url} sent more data than its signed metadata allows; nothing was installed."
    ),
    "update.stopped": "The update source {url} stopped answering; nothing was installed.",
    "update.http": "The update source {url} answered HTTP {status} for {file}; nothing was installed.",
    "update.http_no_file": "The update source {url} answered HTTP {status}; nothing was installed.",
    "update.untrusted_tls": (
        "The update source {url} has a TLS certificate Tepi does not trust; nothing was installed."
    ),
    "update.unreachable": "The update source {url} cannot be reached ({cause}); nothing was installed.",
    "update.rollback": (
        "The update source {url} offered metadata older than Tepi has seen or than the rest of the "
        "repository ({system_error}): a replay, rollback or mix-and-match; nothing was installed."
    ),
    "update.expired": (
        "The update source {url} offers expired metadata ({system_error}); its publisher must publish or "
        "refresh it; nothing was installed."
    ),
    "update.mismatch": (
        "A file from {url} does not match its signed length and SHA-256, so it was refused; nothing was "
        "installed."
    ),
    "update.tuf_failed": (
        "The update source {url} failed TUF's checks ({system_error}); nothing was installed."
    ),
    "update.untrusted_root": (
        "Tepi cannot trust the update source {url}: no trusted publisher ({publishers}) signed its root; "
        "trust its publisher's key first, or give its root.json once (--root)."
    ),
    "update.no_publishers": (
        "Tepi cannot trust the update source {url}: no publisher is trusted yet; trust its publisher's "
        "key first, or give its root.json once (--root)."
    ),
    "tuf.root_threshold": "{name} is a TUF root, but not signed by enough of its own root keys.",
    "tuf.not_metadata": "{name} is not TUF metadata.",
    "tuf.not_root": "{name} is TUF {kind} metadata, not a root.",
}
