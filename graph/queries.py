"""Every Cypher statement of policykg, named.

Values are always ``$parameters``; labels and relationship types come only
from :mod:`graph.schema`. The statements keep to the subset that both FalkorDB
4.x and Neo4j 5 run (no ``EXISTS {}``, ``COUNT {}``, ``=~``, label
alternatives, ``elementId()``, ``datetime()``); ``tests/graph/test_cypher_lint.py``
runs each through Neo4j's own linter.
"""

from __future__ import annotations

from graph.schema import Label, RelType, key_property

# --- writes ---------------------------------------------------------------


def merge_nodes(label: Label) -> str:
    """Batch upsert of nodes of one label: rows of ``{key, props}`` (key = the label's key)."""
    key = key_property(label)
    return f"UNWIND $rows AS row MERGE (n:{label.value} {{{key}: row.key}}) SET n += row.props"


def merge_edges(rel: RelType, src: Label, dst: Label) -> str:
    """Batch upsert of relationships: rows of ``{src, dst, props}``.

    Relationships are keyed by their ends and the ingest generation ``gen`` so
    that a re-ingested document's new edges never merge into the old ones.
    """
    return (
        f"UNWIND $rows AS row "
        f"MATCH (a:{src.value} {{{key_property(src)}: row.src}}) "
        f"MATCH (b:{dst.value} {{{key_property(dst)}: row.dst}}) "
        f"MERGE (a)-[r:{rel.value} {{gen: row.props.gen, surface: coalesce(row.props.surface, '')}}]->(b) "
        f"SET r += row.props"
    )


#: First step of loading a document: make sure its node exists so that the
#: top of its heading tree can link to it. ``pending`` marks the generation
#: being written; readers only see documents whose ``gen`` is set.
PREPARE_DOCUMENT = (
    f"MERGE (d:{Label.DOCUMENT.value} {{id: $id}}) SET d.pending = $gen RETURN d.gen AS committed"
)

#: Last step: make the new generation the visible one, in one statement.
COMMIT_DOCUMENT = (
    f"MATCH (d:{Label.DOCUMENT.value} {{id: $id}}) "
    f"SET d += $props, d.gen = $gen, d.pending = null RETURN d.id AS id"
)

#: A document whose first ingest failed before its commit has no ``gen``.
DELETE_UNCOMMITTED_DOCUMENTS = (
    f"MATCH (d:{Label.DOCUMENT.value}) WHERE d.gen IS NULL "
    f"DETACH DELETE d RETURN count(*) AS deleted"
)

#: Roll back a failed re-ingest of a committed document: forget ``pending``.
CLEAR_PENDING = f"MATCH (d:{Label.DOCUMENT.value} {{id: $id}}) SET d.pending = null"


def delete_stale(label: Label) -> str:
    """Delete a document's nodes of one owned label that are not of generation ``$gen``."""
    return (
        f"MATCH (n:{label.value} {{doc_id: $doc_id}}) WHERE n.gen <> $gen "
        f"WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted"
    )


def delete_generation(label: Label) -> str:
    """Delete a document's nodes of one owned label written by generation ``$gen``."""
    return (
        f"MATCH (n:{label.value} {{doc_id: $doc_id, gen: $gen}}) "
        f"WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted"
    )


def delete_uncommitted(label: Label) -> str:
    """Delete owned nodes whose document was never committed at their generation.

    This removes what an ingest that died midway (process killed, server
    killed) left behind.
    """
    return (
        f"MATCH (n:{label.value}) "
        f"OPTIONAL MATCH (d:{Label.DOCUMENT.value} {{id: n.doc_id}}) "
        f"WITH n, d WHERE d IS NULL OR d.gen IS NULL OR d.gen <> n.gen "
        f"WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted"
    )


def delete_stale_edges(rel: RelType, src: Label, dst: Label) -> str:
    """Edges between shared nodes that an older generation of a document wrote."""
    return (
        f"MATCH (:{src.value})-[r:{rel.value} {{doc_id: $doc_id}}]->(:{dst.value}) "
        f"WHERE r.gen <> $gen DELETE r RETURN count(*) AS deleted"
    )


def delete_owned(label: Label) -> str:
    """Delete all of a document's nodes of one owned label (every generation)."""
    return (
        f"MATCH (n:{label.value} {{doc_id: $doc_id}}) "
        f"WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted"
    )


def delete_edges_of_generation(rel: RelType) -> str:
    """Relationships of one type written by one generation of a document."""
    return (
        f"MATCH ()-[r:{rel.value} {{doc_id: $doc_id, gen: $gen}}]->() "
        f"DELETE r RETURN count(*) AS deleted"
    )


def delete_uncommitted_edges(rel: RelType) -> str:
    """Relationships whose document is not committed at their generation."""
    return (
        f"MATCH ()-[r:{rel.value}]->() WHERE r.gen IS NOT NULL "
        f"OPTIONAL MATCH (d:{Label.DOCUMENT.value} {{id: r.doc_id}}) "
        f"WITH r, d WHERE d IS NULL OR d.gen IS NULL OR d.gen <> r.gen "
        f"DELETE r RETURN count(*) AS deleted"
    )


def delete_edges_of_document(rel: RelType) -> str:
    return f"MATCH ()-[r:{rel.value} {{doc_id: $doc_id}}]->() DELETE r RETURN count(*) AS deleted"


DELETE_DOCUMENT_NODE = f"MATCH (d:{Label.DOCUMENT.value} {{id: $id}}) DETACH DELETE d"


def delete_orphans(label: Label) -> str:
    """Shared nodes (departments, industries, mentions) that no edge uses any more."""
    return (
        f"MATCH (n:{label.value}) WHERE NOT (n)--() "
        f"WITH n LIMIT $limit DELETE n RETURN count(*) AS deleted"
    )


# --- reads ----------------------------------------------------------------

PING = "RETURN 1 AS ok"

#: Neo4j: wait until new indexes and constraints are online.
AWAIT_INDEXES = "CALL db.awaitIndexes(60)"

#: FalkorDB: the constraints and their state (PENDING/OPERATIONAL).
LIST_CONSTRAINTS = "CALL db.constraints()"

#: Delete everything (tests, `policykg graph reset` on Neo4j).
CLEAR_ALL = "MATCH (n) DETACH DELETE n"


def count_label(label: Label) -> str:
    return f"MATCH (n:{label.value}) RETURN count(n) AS n"


def count_rel(rel: RelType) -> str:
    return f"MATCH ()-[r:{rel.value}]->() RETURN count(r) AS n"


COUNT_DOCUMENTS = f"MATCH (d:{Label.DOCUMENT.value}) WHERE d.gen IS NOT NULL RETURN count(d) AS n"

LIST_DOCUMENTS = (
    f"MATCH (d:{Label.DOCUMENT.value}) WHERE d.gen IS NOT NULL "
    f"RETURN d.id AS id, d.title AS title, d.issuer AS issuer, d.date AS date, "
    f"d.doc_number AS doc_number, d.jurisdiction AS jurisdiction, d.kind AS kind "
    f"ORDER BY d.date, d.id SKIP $offset LIMIT $limit"
)

GET_DOCUMENT = f"MATCH (d:{Label.DOCUMENT.value} {{id: $id}}) RETURN d"


def document_units(label: Label) -> str:
    """The heading tree of a document: one label of units, in text order (current generation)."""
    return (
        f"MATCH (d:{Label.DOCUMENT.value} {{id: $id}}) "
        f"MATCH (u:{label.value} {{doc_id: $id}}) WHERE u.gen = d.gen "
        f"RETURN u.id AS id, u.path AS path, u.title AS title, u.level AS level, "
        f"u.start AS start, u.end AS end ORDER BY u.start"
    )


# --- evaluation and document views ----------------------------------------


def unit_roles(rel: RelType, unit: Label) -> str:
    """Role edges of one type into one label of units of a document."""
    return (
        f"MATCH (d:{Label.DEPARTMENT.value})-[r:{rel.value}]->(u:{unit.value} {{doc_id: $doc_id}}) "
        f"RETURN r.surface AS surface, d.id AS department, u.path AS path"
    )


def unit_industries(unit: Label) -> str:
    return (
        f"MATCH (u:{unit.value} {{doc_id: $doc_id}})-[:{RelType.ADDRESSES.value}]->"
        f"(i:{Label.INDUSTRY.value}) RETURN i.name AS industry, i.id AS id, u.path AS path"
    )


def unit_figures(unit: Label, rel: RelType, figure: Label) -> str:
    """Targets (SETS_TARGET/Target) or results (REPORTS/Result) of a document's units."""
    return (
        f"MATCH (u:{unit.value} {{doc_id: $doc_id}})-[:{rel.value}]->(t:{figure.value}) "
        f"RETURN u.path AS path, t.value AS value, t.unit AS unit, t.comparator AS comparator, "
        f"t.year AS year, t.metric AS metric"
    )
