"""The settings object: the one place environment variables are read."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.config import Settings


def test_a_setting_set_empty_means_its_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """POLICYKG_HOME= (set, but empty) is the default home, not the working directory an empty
    path names — where the embedded graph's files would otherwise be written."""
    monkeypatch.setenv("POLICYKG_HOME", "")
    monkeypatch.setenv("POLICYKG_ROW_CAP", "")
    settings = Settings()
    assert settings.home == Path(".policykg")
    assert settings.row_cap == Settings.model_fields["row_cap"].default
    monkeypatch.setenv("POLICYKG_HOME", "/tmp/policykg-home")
    assert Settings().home == Path("/tmp/policykg-home")
