"""LocalPolicyKG: a private embedded graph and API in one process, gone when stopped."""

from __future__ import annotations

from pathlib import Path

import httpx

from api.local import LocalPolicyKG


def test_a_temporary_home_is_removed_when_stopped() -> None:
    with LocalPolicyKG() as kg:
        home = kg.home
        assert httpx.get(kg.url + "/health").status_code == 200
        assert home.is_dir()
    assert not home.exists()  # notebooks and scripts leave nothing in /tmp


def test_a_home_given_by_the_caller_is_kept(tmp_path: Path) -> None:
    home = tmp_path / "kg"
    with LocalPolicyKG(home=home) as kg:
        assert httpx.get(kg.url + "/health").status_code == 200
    assert (home / "falkordb").is_dir()  # the caller's graph stays on disk
