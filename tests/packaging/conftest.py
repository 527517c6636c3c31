"""Fixtures for the installer smoke tests: build once per session through the Makefile."""

from __future__ import annotations

import shutil
import sys

import pytest

from tests.packaging.bundles import ROOT, Dist, machine_names, make, pyproject_version


@pytest.fixture(scope="session")
def lite_dist() -> Dist:
    if not sys.platform.startswith("linux") or shutil.which("dpkg-deb") is None:
        pytest.skip("the lite installers are built and tested on Linux with dpkg-deb")
    make("dist")
    arch, machine = machine_names()
    version = pyproject_version()
    return Dist(
        bundle=ROOT / "dist" / "lite" / "tepi",
        deb=ROOT / "dist" / f"tepi_{version}_{arch}.deb",
        tarball=ROOT / "dist" / f"tepi-{version}-linux-{machine}.tar.gz",
    )
