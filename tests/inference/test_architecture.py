"""The walls of the house plan: cheap imports and no Qt or web framework in the core."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def imported_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print('\\n'.join(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    return {name.split(".")[0] for name in result.stdout.split()}


def test_importing_the_core_loads_no_tensorflow_qt_or_web_framework() -> None:
    modules = imported_after(
        "import inference, inference.predictor, inference.cli, inference.cli.explain, inference.explain"
    )
    assert not modules & {"tensorflow", "keras", "PySide6", "fastapi", "uvicorn", "starlette", "desktop"}


def test_opening_a_model_with_no_trusted_key_loads_no_signing_or_update_library() -> None:
    """model_signing (with sigstore and pydantic) takes about 0.3 s to import: only for a signature."""
    modules = imported_after("from inference.formats import open_model; open_model('digits')")
    assert not modules & {"model_signing", "sigstore", "pydantic", "tuf", "securesystemslib", "cryptography"}


def test_import_linter_contracts_hold() -> None:
    linter = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(linter)], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout[-2000:]
    assert "broken" not in result.stdout.split("Contracts:")[-1].replace("0 broken", "")


def test_public_api_is_complete() -> None:
    import inference

    for name in inference.__all__:
        assert hasattr(inference, name), name
