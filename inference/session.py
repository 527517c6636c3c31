"""Assembling a ``Predictor``: the one place a model reference becomes something that predicts.

    open_predictor(model, remote=..., policy=...)
        open_model(model)                  a pack: manifest, bare file, bundled name, TM export
        remote_backend(endpoint, pack)     when an Endpoint is given
        choose_policy(policy, placement)   the person's policy, else the pack's placement
        local_backend_for(pack, policy)    loaded now, loaded on fallback, or none
        complete_pack(pack, info)          the input spec a bare model file lacks
        -> Predictor(pack, Router(local, remote, policy))

Parking inputs in the offline queue is not assembly: wrap the result in
``inference.offline.OfflinePredictor`` with a queue you open and close.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from inference.backends.base import Backend
from inference.formats import complete_pack, open_model
from inference.modelpack import ModelPack
from inference.predictor import Predictor
from inference.routing import DEFAULT_LOCAL_BUDGET, Router, choose_policy, local_backend_for, placement_for

if TYPE_CHECKING:
    from inference.backends.endpoint import Endpoint
    from inference.packs.trust import TrustPolicy

__all__ = ["model_reference", "open_predictor"]


def open_predictor(
    model: str | Path | ModelPack | None = None,
    *,
    threads: int | None = None,
    allow_unsafe: bool = False,
    trust: TrustPolicy | None = None,
    top_k: int = 5,
    remote: Backend | Endpoint | None = None,
    policy: str | None = None,
    local_budget: int = DEFAULT_LOCAL_BUDGET,
    on_status: Callable[[str], None] | None = None,
) -> Predictor:
    """Open a model reference (or an opened pack) and load what the policy needs to run it.

    ``trust`` None takes the trusted publishers from settings (see ``inference.packs.trust``); a
    pack already opened (by ``open_model``) has been through that check there.
    ``remote`` is an ``Endpoint`` (its backend is built here) or a ready
    backend. ``policy`` None follows the model's placement (manifest, or size
    against ``local_budget``). ``on_status`` hears progress worth telling a
    person (a remote server waking up).
    """
    pack = model if isinstance(model, ModelPack) else open_model(model, trust=trust)
    model = pack.root if isinstance(model, ModelPack) else model
    policy = choose_policy(policy, placement_for(pack, local_budget))
    if policy == "cascade" and pack.cascade is not None:  # the heavier model answers when local is unsure
        pack = replace(pack, remote=pack.cascade)
    if remote is not None and not isinstance(remote, Backend):  # endpoint settings: build its backend
        from inference.backends.remote import remote_backend

        remote = remote_backend(remote, pack, on_status=on_status)
    local = local_backend_for(
        pack, policy, has_remote=remote is not None, threads=threads, allow_unsafe=allow_unsafe
    )
    if isinstance(local, Backend):
        pack = complete_pack(pack, local.info())
    elif pack.input is None and remote is not None:
        pack = complete_pack(pack, remote.info())
    router = Router(local, remote, policy)
    return Predictor(pack, router, top_k=top_k, model_ref=model_reference(model, pack.root.name))


def model_reference(model: str | Path | None, default: str) -> str:
    """A reference that opens the same model later: an absolute path, else the bundled name as given."""
    if model is None or str(model) == "":
        return default
    path = Path(model).expanduser()
    return str(path.resolve()) if path.exists() else str(model)
