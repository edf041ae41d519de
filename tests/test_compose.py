"""docker-compose.yml cannot run here (no Docker engine); check it agrees with the settings."""

from __future__ import annotations

from pathlib import Path

import yaml

from graph.config import Settings

ROOT = Path(__file__).resolve().parent.parent


def test_compose_services_ports_and_env() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert set(services) == {"neo4j", "api"}
    neo = services["neo4j"]
    assert neo["image"].startswith("neo4j:5")
    ports = {p.split(":")[-1] for p in neo["ports"]}
    assert {"7474", "7687"} <= ports
    assert "NEO4J_AUTH" in neo["environment"] and "healthcheck" in neo and neo["volumes"]
    api = services["api"]
    assert api["build"] == "."
    assert api["depends_on"]["neo4j"]["condition"] == "service_healthy"
    env = api["environment"]
    assert env["POLICYKG_GRAPH_URL"].startswith("bolt://neo4j:7687")
    known = {f"POLICYKG_{name.upper()}" for name in Settings.model_fields}
    for key in env:
        assert key in known, f"{key} is not a setting"
    assert str(api["ports"][0]).endswith(f":{env['POLICYKG_API_PORT']}")
    # the api service would reach neo4j with the same password
    assert (
        "NEO4J_PASSWORD" in env["POLICYKG_NEO4J_PASSWORD"]
        and "NEO4J_PASSWORD" in neo["environment"]["NEO4J_AUTH"]
    )


def test_settings_parse_compose_environment() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    env = {
        k: v.replace("${NEO4J_PASSWORD:-policykg-dev}", "pw").replace("${POLICYKG_API_KEY:-}", "")
        for k, v in compose["services"]["api"]["environment"].items()
    }
    s = Settings(**{k.removeprefix("POLICYKG_").lower(): v for k, v in env.items() if v})
    assert s.graph_url == "bolt://neo4j:7687" and s.api_port == 8000


def test_dockerfile_installs_runtime_libraries() -> None:
    text = (ROOT / "Dockerfile").read_text()
    assert "libgomp1" in text and "libssl3" in text
    assert "libreoffice-writer-nogui" in text  # reads uploaded .doc, .wps and .rtf files
