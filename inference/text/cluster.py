"""Sentences of ``predict --engine ray`` (``inference/cluster/``; English)."""

from __future__ import annotations

ENGLISH = {
    "cluster.pack_other": (
        "The model pack {name} on {host} differs from the one this job started with ({file} has another "
        "SHA-256 there), so that node will not predict; copy the same pack to every node."
    ),
    "cluster.pack_missing": (
        "The model pack {name} on {host} differs from the one this job started with ({file} is missing "
        "there), so that node will not predict; copy the same pack to every node."
    ),
    "cluster.pack_extra": (
        "The model pack {name} on {host} differs from the one this job started with ({file} is there but "
        "not in the job's pack), so that node will not predict; copy the same pack to every node."
    ),
    "cluster.version": (
        "Tepi {version} is installed on {host}, but this job runs Tepi {expected}; "
        "install the same version on every node."
    ),
    "cluster.unreachable": (
        "Tepi could not reach the Ray cluster at {address} ({reason}); is 'ray start --head' running there?"
    ),
    "cluster.cannot_start": "Tepi could not start Ray on this machine ({reason}).",
    "cluster.stopped": "The Ray job stopped: {reason}.",
    "cluster.inputs_unseen": (
        "{path} is not there on {host}: a node reads the local inputs by their path, so put them in a "
        "folder every node mounts at the same place, or give their URI (s3://..., gs://...)."
    ),
}
