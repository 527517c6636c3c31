"""What signatures and updates cost, measured side by side in one run.

    python scripts/bench_packs.py [--mb 50] [--runs 5]

Prints medians: importing model_signing and tuf in a fresh process, opening the
bundled digits pack with no trusted key and with the release key trusted,
verifying a pack of ``--mb`` megabytes, publishing it, and updating to it from a
loopback HTTP server (refresh, download, checks, install). Uses a private
TEPI_HOME under a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # the figures only
        pass


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def import_ms(module: str, runs: int) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    out = [float(subprocess.check_output([sys.executable, "-c", code], text=True)) for _ in range(runs)]
    return statistics.median(out) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=50, help="size of the pack to verify, publish and update")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="tepi-bench-packs-"))
    os.environ["TEPI_HOME"] = str(work / "home")
    from inference.formats import open_model
    from inference.packs.keys import generate_keypair
    from inference.packs.publish import publish_pack
    from inference.packs.signing import sign_pack, verify_pack
    from inference.packs.store import PackStore
    from inference.packs.trust import TrustPolicy, release_key
    from inference.packs.update import update_pack

    rows = [
        ("import model_signing.verifying (fresh process)", import_ms("model_signing.verifying", args.runs)),
        ("import tuf.ngclient (fresh process)", import_ms("tuf.ngclient", args.runs)),
    ]
    release = release_key()
    assert release is not None
    rows.append(("open digits, no trusted key", median_ms(lambda: open_model("digits"), args.runs)))
    trusted = TrustPolicy((release,))
    rows.append(
        (
            "open digits, release key trusted",
            median_ms(lambda: open_model("digits", trust=trusted), args.runs),
        )
    )
    key = generate_keypair(work / "keys", "bench")
    pack = work / "iris"
    shutil.copytree(ROOT / "resources" / "models" / "iris", pack)
    manifest = pack / "model.toml"
    manifest.write_text(manifest.read_text().replace('version = "1.0"', 'version = "9.0"'), encoding="utf-8")
    (pack / "weights.bin").write_bytes(os.urandom(args.mb * 1024 * 1024))
    sign_pack(pack, key.private_path)
    rows.append(
        (f"verify a {args.mb} MB pack", median_ms(lambda: verify_pack(pack, [key.public]), args.runs))
    )
    rows.append(
        (
            f"publish a {args.mb} MB pack",
            median_ms(lambda: publish_pack(pack, work / "repo", key.private_path), 1),
        )
    )
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(work / "repo")))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    policy = TrustPolicy((key.public,))
    rows.append(
        (
            f"update to it over loopback ({args.mb} MB)",
            median_ms(lambda: update_pack("iris", url, trust=policy), 1),
        )
    )
    rows.append(
        (
            "check for updates, nothing new",
            median_ms(lambda: update_pack("iris", url, trust=policy), args.runs),
        )
    )
    rows.append(
        (
            "rollback, then use again (two state writes)",
            median_ms(lambda: (PackStore().rollback("iris"), PackStore().use("iris", "9.0")), args.runs),
        )
    )
    server.shutdown()
    width = max(len(name) for name, _ in rows)
    for name, ms in rows:
        print(f"{name:<{width}}  {ms:9.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
