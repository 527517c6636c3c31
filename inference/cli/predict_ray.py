"""``predict PATH... --engine ray``: the same pack over many machines, offline, with Ray Data.

Ray is an optional extra (``pip install 'tepi[ray]'``); this module imports it
only when the engine runs, so ``predict`` without ``--engine ray`` never pays for it.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from inference.cli.progress import summary_line
from inference.errors import UsageError

if TYPE_CHECKING:
    from inference.cluster.inputs import InputPlan
    from inference.cluster.spec import JobSpec

__all__ = ["add_engine_arguments", "check_engine_flags", "run_on_ray"]

DEFAULT_BATCH = 64


def add_engine_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("many machines, offline (--engine ray)")
    group.add_argument(
        "--engine",
        choices=("local", "ray"),
        default="local",
        help="local: this process (default); ray: a pool of Ray actors, results written to --out",
    )
    group.add_argument(
        "--address",
        metavar="ADDR",
        help="Ray cluster: auto, HOST:6379 or ray://HOST:10001 (default: $RAY_ADDRESS, else start Ray here)",
    )
    group.add_argument(
        "--actors",
        type=int,
        metavar="N",
        help="actors, each holding the model once (default: the cluster's CPUs / --actor-cpus)",
    )
    group.add_argument(
        "--actor-cpus",
        type=float,
        default=1.0,
        metavar="C",
        help="CPUs each actor holds; LiteRT runs that many threads (default 1)",
    )
    group.add_argument(
        "--batch-size",
        type=int,
        metavar="B",
        help=f"inputs per batch sent to an actor (default {DEFAULT_BATCH})",
    )
    group.add_argument(
        "--out",
        metavar="PATH",
        help="results.parquet or results.jsonl: a folder Ray Data "
        "writes its files into (local, s3://, gs://...)",
    )
    group.add_argument("--overwrite", action="store_true", help="replace --out when it exists")


def check_engine_flags(args: argparse.Namespace) -> None:
    """Usage errors for flags that belong to the other engine."""
    from inference.cluster.spec import output_format

    ray_only = {
        "--address": args.address,
        "--actors": args.actors,
        "--batch-size": args.batch_size,
        "--out": args.out,
        "--overwrite": args.overwrite or None,
    }
    if args.engine != "ray":
        given = [flag for flag, value in ray_only.items() if value is not None]
        if given:
            raise UsageError("cli.engine_flag", flag=given[0])
        return
    if not args.out:
        raise UsageError("cli.ray_out_needed")
    if output_format(args.out) is None:
        raise UsageError("cli.ray_out_kind", out=args.out)
    if args.json:
        raise UsageError("cli.ray_json")
    for flag, value in (("--actors", args.actors), ("--batch-size", args.batch_size)):
        if value is not None and value < 1:
            raise UsageError("cli.ray_count", flag=flag)
    if args.actor_cpus <= 0:
        raise UsageError("cli.actor_cpus")


def run_on_ray(args: argparse.Namespace) -> int:
    """Open the pack here, run the job on the cluster, print the summary; 1 when any input failed."""
    _check_ray_installed()
    out = args.out.rstrip("/")
    address = args.address or os.environ.get("RAY_ADDRESS") or None
    _check_out(out, address, overwrite=args.overwrite)
    if args.allow_unsafe_model:
        print("warning: --allow-unsafe-model lets the model file run code on every node.", file=sys.stderr)
    spec, plan = _prepare(args)
    if not plan.local_files and not plan.uris:
        print("note: nothing to predict.", file=sys.stderr)
        return 0
    from inference.cluster.job import (
        actors_that_fit,
        check_nodes,
        connect,
        default_actors,
        disconnect,
        node_cpus,
        run_job,
    )

    startup = connect(address)
    try:
        nodes = node_cpus()
        if len(nodes) > 1:
            _check_out(out, address, overwrite=True, many_nodes=True)
        actors = args.actors or default_actors(nodes, args.actor_cpus)
        fits = actors_that_fit(sum(nodes), actors, args.actor_cpus)
        if fits is not None:
            cpus, total = f"{args.actor_cpus:g}", f"{sum(nodes):g}"
            raise UsageError("cli.ray_no_room", actors=actors, cpus=cpus, total=total, fits=fits)
        checked = time.perf_counter()
        check_nodes(spec, local_inputs=tuple(dict.fromkeys(plan.local_files[:1] + plan.local_files[-1:])))
        print(
            f"note: Ray ready in {startup:.1f} s, the pack checked on {len(nodes)} "
            f"{'node' if len(nodes) == 1 else 'nodes'} in "
            f"{time.perf_counter() - checked:.1f} s; {actors} actors of {args.actor_cpus:g} CPU, "
            f"batches of {spec.batch_size}.",
            file=sys.stderr,
            flush=True,
        )
        summary = run_job(
            plan, spec, out=out, actors=actors, actor_cpus=args.actor_cpus, overwrite=args.overwrite
        )
    finally:
        disconnect()
    print(f"{summary_line(summary.rows, summary.errors, summary.seconds)}; written to {out}", file=sys.stderr)
    for actor, host, rows in summary.per_actor:
        print(f"  actor {actor} on {host}: {rows:,} rows", file=sys.stderr)
    return 1 if summary.errors else 0


def _check_out(out: str, address: str | None, *, overwrite: bool, many_nodes: bool = False) -> None:
    """Refuse an output that exists, or one the cluster's nodes cannot write to.

    Ray Data's writers run on the cluster's nodes: with ray:// (the cluster is elsewhere) or on
    many nodes, a path on this computer would be written elsewhere, or scattered over their disks.
    """
    from inference.cluster.inputs import is_uri

    if is_uri(out):
        return  # Ray Data's writer refuses an existing one itself (SaveMode.ERROR)
    if many_nodes or (address or "").startswith("ray://"):
        raise UsageError("cli.ray_out_shared", out=out)
    if Path(out).exists() and not overwrite:
        raise UsageError("cli.out_exists", out=out)


def _check_ray_installed() -> None:
    """A usage error saying how to install Ray Data when it (or pyarrow) cannot be imported here."""
    try:
        import pyarrow  # noqa: F401
        import ray.data  # noqa: F401
    except ImportError as exc:
        raise UsageError("cli.no_ray") from exc


def _prepare(args: argparse.Namespace) -> tuple[JobSpec, InputPlan]:
    """Open the pack here (its signature and hashes checked), fingerprint it and list the inputs."""
    from inference import __version__
    from inference.cli.remote_args import endpoint_from_args
    from inference.cli.trust_args import trust_from_args
    from inference.cluster.inputs import plan_inputs
    from inference.cluster.spec import JobSpec, fingerprint
    from inference.modelpack import TabularSpec
    from inference.session import model_reference, open_predictor

    endpoint = endpoint_from_args(args)
    with open_predictor(
        args.model,
        threads=1,
        allow_unsafe=args.allow_unsafe_model,
        trust=trust_from_args(args),
        top_k=args.top_k,
        remote=endpoint,
        policy=args.policy,
    ) as predictor:
        pack = predictor.pack
    tabular = isinstance(pack.input, TabularSpec)
    plan = plan_inputs(args.paths, tabular=tabular)
    if plan.skipped:
        kind = "CSV files" if tabular else "images"
        print(f"note: skipped {plan.skipped} files that are not {kind}.", file=sys.stderr)
    spec = JobSpec(
        model=model_reference(args.model, pack.root.name),  # a path made absolute, or a pack's name
        fingerprint=fingerprint(pack),
        pack_name=pack.name,
        tepi_version=__version__,
        threads=max(1, round(args.actor_cpus)),
        top_k=args.top_k,
        allow_unsafe=args.allow_unsafe_model,
        remote=endpoint,
        policy=args.policy,
        batch_size=args.batch_size or DEFAULT_BATCH,
        tabular=tabular,
        features=pack.input.features if isinstance(pack.input, TabularSpec) else (),
    )
    return spec, plan
