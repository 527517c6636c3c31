"""Re-sign the bundled model packs with the project's release key.

The release key's public half is committed (``resources/keys/tepi-release.pub``);
its private half is not: whoever makes a release keeps it (a password manager,
a CI secret) and runs this after any change to a pack in ``resources/models``.
``tests/inference/packs/test_bundled_signatures.py`` fails until they do.

Usage:
    TEPI_RELEASE_KEY=/secure/tepi-release.key python scripts/sign_bundled_packs.py [PACK ...]

An encrypted key takes its passphrase from ``TEPI_KEY_PASSPHRASE`` or asks.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from inference.cli.pack import passphrase_for  # noqa: E402
from inference.packs.keys import load_private_key, public_key_of  # noqa: E402
from inference.packs.signing import sign_pack, verify_pack  # noqa: E402
from inference.packs.trust import release_key  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("packs", nargs="*", type=Path, help="default: every pack in resources/models")
    args = parser.parse_args()
    key_path = os.environ.get("TEPI_RELEASE_KEY")
    if not key_path:
        parser.error("set TEPI_RELEASE_KEY to the release private key (it is not kept in the repository)")
    private = Path(key_path)
    passphrase = passphrase_for(private)
    release = release_key()
    signing = public_key_of(load_private_key(private, passphrase), "tepi-release", private)
    if release is None or signing.hint != release.hint:
        parser.error(f"{private} is not the release key committed in resources/keys/tepi-release.pub")
    packs = args.packs or sorted(
        p for p in (ROOT / "resources" / "models").iterdir() if (p / "model.toml").is_file()
    )
    for pack in packs:
        sign_pack(pack, private, passphrase, key_name="tepi-release")
        verify_pack(pack, [release])
        print(f"signed {pack.relative_to(ROOT) if pack.is_relative_to(ROOT) else pack}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
