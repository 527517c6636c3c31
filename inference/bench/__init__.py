"""``python -m inference bench``: Tepi's performance, measured beside the raw runtimes.

Every figure is taken in one run next to its reference (raw ``invoke``, raw
``tf.function``, a naive decode, pre-decoded tensors, no micro-batching), so
ratios hold on a busy machine even when absolute times drift. Modules:

    suite     runs the sections in order into one Report
    local     single-input latency            e2e       end to end and batch throughput
    explain   heatmaps: occlusion, Grad-CAM   remote    both protocols, micro-batching
    loadgen   the server process and a bounded load generator
    startup   import and desktop start-up     memory    peak RSS of each path, one process each
    models    the MobileNetV2-size pack and synthetic photos, built locally and cached
    timing    interleaved latency samples     procs     fresh Python processes from the source tree
    report    rows, targets, skips            render / plot   text, Markdown, chart
"""

from __future__ import annotations

from inference.bench.report import Report
from inference.bench.suite import SECTION_NAMES, BenchSettings, run_benchmark

__all__ = ["SECTION_NAMES", "BenchSettings", "Report", "run_benchmark"]
