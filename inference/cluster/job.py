"""Run one job: connect to Ray, map the inputs through a pool of ``PackWorker`` actors,
write the answers with Ray Data's own writers, and sum up what was written.

The summary is read back from the files written (two narrow columns), so it counts
what is really there: a batch retried after an actor died is counted once.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from inference.cluster.inputs import InputPlan
from inference.cluster.spec import JobSpec, output_format
from inference.cluster.worker import PackWorker, check_node
from inference.errors import TepiError, UsageError

if TYPE_CHECKING:
    from ray.data import Dataset

__all__ = [
    "JobSummary",
    "actors_that_fit",
    "check_nodes",
    "connect",
    "default_actors",
    "disconnect",
    "node_cpus",
    "run_job",
]

logger = logging.getLogger(__name__)
IO_CPUS = 1.0
"""What the pool leaves for Ray Data's reading, parsing and writing tasks (each holds one CPU);
a pool holding every CPU would leave them waiting forever."""
ROWS_PER_FILE = 50_000
"""Rows gathered into one output file (blocks are one batch each: a file per block would be tiny)."""


@dataclass(frozen=True)
class JobSummary:
    rows: int
    errors: int
    seconds: float
    """From the first batch scheduled to the last file written (Ray's start-up not included)."""
    per_actor: tuple[tuple[str, str, int], ...]
    """``(actor id, host, rows)``, most rows first."""

    @property
    def rate(self) -> float:
        return self.rows / self.seconds if self.seconds > 0 else 0.0


def connect(address: str | None) -> float:
    """Join the cluster at ``address`` (``auto``, ``HOST:PORT``, ``ray://HOST:10001``), or start one
    on this machine when None and ``RAY_ADDRESS`` is unset. Returns the seconds it took."""
    import ray

    started = time.perf_counter()
    try:
        ray.init(address=address, logging_level=logging.WARNING)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        if address:
            raise TepiError("cluster.unreachable", address=address, reason=_first_line(exc)) from exc
        raise TepiError("cluster.cannot_start", reason=_first_line(exc)) from exc
    return time.perf_counter() - started


def check_nodes(spec: JobSpec, local_inputs: tuple[str, ...] = ()) -> None:
    """Open the pack on every node before any work starts: a node whose copy differs is named now.

    Each actor checks again as it starts (a node may join the cluster later).
    """
    import ray
    from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

    probe = ray.remote(num_cpus=0, max_retries=0)(check_node)
    nodes = [n["NodeID"] for n in ray.nodes() if n.get("Alive") and n["Resources"].get("CPU", 0) > 0]
    pinned = [NodeAffinitySchedulingStrategy(node, soft=False) for node in nodes]
    refs = [probe.options(scheduling_strategy=where).remote(spec, local_inputs) for where in pinned]
    refusals = [refusal for refusal in ray.get(refs) if refusal is not None]
    for refusal in refusals[1:]:
        logger.error("another node refuses the job: %s", refusal)
    if refusals:
        raise refusals[0]


def disconnect() -> None:
    """Leave the cluster (and stop it, when ``connect`` started it on this machine)."""
    import ray

    ray.shutdown()


def run_job(
    plan: InputPlan,
    spec: JobSpec,
    *,
    out: str,
    actors: int,
    actor_cpus: float,
    overwrite: bool = False,
) -> JobSummary:
    """Predict every input on ``actors`` actors and write the answers to ``out``."""
    import ray.data

    # A refusing actor's TepiError reaches the driver as itself, not as Ray's UserCodeException.
    ray.data.DataContext.get_current().raise_original_map_exception = True
    inputs = plan.dataset(tabular=spec.tabular, features=spec.features, block_rows=spec.batch_size)
    answers = inputs.map_batches(
        PackWorker,
        fn_constructor_args=(spec,),
        batch_size=spec.batch_size,
        batch_format="pyarrow",
        compute=ray.data.ActorPoolStrategy(size=actors),
        num_cpus=actor_cpus,
    )
    started = time.perf_counter()
    try:
        _write(answers, out, overwrite=overwrite)
    except Exception as exc:
        raise _job_error(exc, out) from exc
    seconds = time.perf_counter() - started
    return summarize(out, seconds)


def node_cpus() -> list[float]:
    """The CPUs of each live node of the cluster Ray is connected to."""
    import ray

    return [float(node["Resources"].get("CPU", 0)) for node in ray.nodes() if node.get("Alive")]


def default_actors(nodes: list[float], actor_cpus: float) -> int:
    """As many actors as fit on each node beside one CPU kept there for reading, parsing and writing."""
    return max(1, sum(int(max(0.0, cpus - IO_CPUS) // actor_cpus) for cpus in nodes))


def actors_that_fit(cluster_cpus: float, actors: int, actor_cpus: float) -> int | None:
    """None when the pool leaves a CPU for reading and writing, else how many actors would.

    A pool holding every CPU would leave Ray Data's reading and writing tasks waiting forever.
    """
    if actors * actor_cpus <= cluster_cpus - IO_CPUS:
        return None
    return max(1, int((cluster_cpus - IO_CPUS) // actor_cpus))


def _write(answers: Dataset, out: str, *, overwrite: bool) -> None:
    from ray.data import SaveMode

    mode = SaveMode.OVERWRITE if overwrite else SaveMode.ERROR
    if output_format(out) == "parquet":
        answers.write_parquet(out, mode=mode, min_rows_per_file=ROWS_PER_FILE)
    else:
        answers.write_json(out, mode=mode, min_rows_per_file=ROWS_PER_FILE)


def summarize(out: str, seconds: float) -> JobSummary:
    """Count the rows, errors and rows per actor in what was written to ``out``."""
    import pyarrow.dataset as pads

    fmt = output_format(out) or "parquet"
    files = pads.dataset(out, format=fmt)
    tally: Counter[tuple[str, str]] = Counter()
    rows = errors = 0
    for batch in files.to_batches(columns=["error", "actor", "worker"]):
        rows += batch.num_rows
        errors += batch.num_rows - batch.column("error").null_count
        tally.update(zip(batch.column("actor").to_pylist(), batch.column("worker").to_pylist(), strict=True))
    per_actor = tuple((actor, host, n) for (actor, host), n in tally.most_common())
    return JobSummary(rows, errors, seconds, per_actor)


def _job_error(exc: BaseException, out: str) -> TepiError:
    """The one sentence behind a failed Ray job: a Tepi error raised on a node, else what Ray said."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        original = getattr(cause, "cause", None)
        if isinstance(original, TepiError):
            return original
        cause = original if isinstance(original, BaseException) else cause.__cause__ or cause.__context__
    logger.error("the Ray job failed", exc_info=exc)
    if "already exists" in str(exc):
        return UsageError("cli.out_exists", out=out)
    return TepiError("cluster.stopped", reason=f"{type(exc).__name__}: {_first_line(exc)}")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
