"""``python -m inference bench``: Tepi's performance, measured beside the raw runtimes.

Every figure is taken in one run next to its reference (raw ``invoke``, raw
``tf.function``, a naive decode, pre-decoded tensors, no micro-batching), so
ratios hold on a busy machine even when absolute times drift. Modules:

    timing   interleaved latency samples, median throughput
    models   the MobileNetV2-size pack and synthetic photos, built locally and cached
    local    single-input latency          e2e      end to end and batch throughput
    remote   loopback server, both protocols    startup  import and desktop start-up
    memory   peak RSS per path             report/render/plot  the findings, as text, JSON, Markdown, chart
    suite    runs the sections in order
"""

from __future__ import annotations

from inference.bench.report import Report
from inference.bench.suite import SECTION_NAMES, BenchSettings, run_benchmark

__all__ = ["SECTION_NAMES", "BenchSettings", "Report", "run_benchmark"]
