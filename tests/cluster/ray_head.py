"""A local Ray cluster for the tests: ``python ray_head.py TEMP_DIR`` starts one (2 CPUs, a small
object store), prints its address, and stops it cleanly when its stdin closes."""

from __future__ import annotations

import sys

import ray


def main() -> None:
    ray.init(
        num_cpus=2,
        object_store_memory=100 * 2**20,
        include_dashboard=False,
        _node_ip_address="127.0.0.1",
        _temp_dir=sys.argv[1],
        logging_level="WARNING",
    )
    print(ray.get_runtime_context().gcs_address, flush=True)
    sys.stdin.read()  # until the test closes the pipe
    ray.shutdown()


if __name__ == "__main__":
    main()
