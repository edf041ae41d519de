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
    f"OPTIONAL MATCH (l:{Label.LOCK.value} {{id: d.id}}) "
    f"WITH d, l WHERE l IS NULL OR l.expires < $now "
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
    killed) left behind; documents being loaded now (a live Lock) are skipped.
    """
    return (
        f"MATCH (n:{label.value}) "
        f"OPTIONAL MATCH (d:{Label.DOCUMENT.value} {{id: n.doc_id}}) "
        f"OPTIONAL MATCH (l:{Label.LOCK.value} {{id: n.doc_id}}) "
        f"WITH n, d, l WHERE (l IS NULL OR l.expires < $now) "
        f"AND (d IS NULL OR d.gen IS NULL OR d.gen <> n.gen) "
        f"WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted"
    )


def delete_other_generations(label: Label) -> str:
    """A document's owned nodes that are not of its committed generation (under its lock)."""
    return (
        f"MATCH (n:{label.value} {{doc_id: $doc_id}}) "
        f"OPTIONAL MATCH (d:{Label.DOCUMENT.value} {{id: $doc_id}}) "
        f"WITH n, d WHERE d IS NULL OR d.gen IS NULL OR d.gen <> n.gen "
        f"WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted"
    )


def delete_other_generation_edges(rel: RelType) -> str:
    """A document's relationships between shared nodes not of its committed generation."""
    return (
        f"MATCH ()-[r:{rel.value} {{doc_id: $doc_id}}]->() "
        f"OPTIONAL MATCH (d:{Label.DOCUMENT.value} {{id: $doc_id}}) "
        f"WITH r, d WHERE d IS NULL OR d.gen IS NULL OR d.gen <> r.gen "
        f"DELETE r RETURN count(*) AS deleted"
    )


#: Take the load lock of a document, or find who holds it. A lock is taken over when it
#: has expired, or when its holder is a process of this host (``$host``) known to be dead
#: (``$dead``: its pid, once the caller has read it with ``LOCK_HOLDER`` and checked).
ACQUIRE_LOCK = (
    f"MERGE (l:{Label.LOCK.value} {{id: $id}}) "
    f"ON CREATE SET l.owner = $owner, l.expires = $expires, l.host = $host, l.pid = $pid "
    f"WITH l, (l.expires < $now OR (l.host = $host AND l.pid IN $dead)) AS free "
    f"SET l.owner = CASE WHEN free THEN $owner ELSE l.owner END, "
    f"l.expires = CASE WHEN free THEN $expires ELSE l.expires END, "
    f"l.host = CASE WHEN free THEN $host ELSE l.host END, "
    f"l.pid = CASE WHEN free THEN $pid ELSE l.pid END "
    f"RETURN l.owner AS owner"
)
#: Who holds a document's load lock: the host and process id of the load.
LOCK_HOLDER = f"MATCH (l:{Label.LOCK.value} {{id: $id}}) RETURN l.host AS host, l.pid AS pid"
RELEASE_LOCK = f"MATCH (l:{Label.LOCK.value} {{id: $id, owner: $owner}}) DELETE l"


def delete_stale_edges(rel: RelType, src: Label, dst: Label) -> str:
    """Edges between shared nodes that an older generation of a document wrote."""
    return (
        f"MATCH (:{src.value})-[r:{rel.value} {{doc_id: $doc_id}}]->(:{dst.value}) "
        f"WHERE r.gen <> $gen DELETE r RETURN count(*) AS deleted"
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
        f"OPTIONAL MATCH (l:{Label.LOCK.value} {{id: r.doc_id}}) "
        f"WITH r, d, l WHERE (l IS NULL OR l.expires < $now) "
        f"AND (d IS NULL OR d.gen IS NULL OR d.gen <> r.gen) "
        f"DELETE r RETURN count(*) AS deleted"
    )


DELETE_DOCUMENT_NODE = f"MATCH (d:{Label.DOCUMENT.value} {{id: $id}}) DETACH DELETE d"


def delete_orphans(label: Label) -> str:
    """Shared nodes (departments, industries, mentions) that no edge uses any more — only
    while no document is being loaded (no live Lock): a load writes its shared nodes before
    the edges that use them, and in between they look unused. The load that finishes last
    prunes."""
    # (the live locks are found by a scan of all nodes, not of the Lock label: FalkorDB 4.16
    # can keep a deleted Lock in its label's scan, and reading its expiry then fails with
    # "Attempted to access undefined attribute" — met scoring 468 documents in one throwaway
    # graph, session 77; a count with no rows is still one row, 0)
    return (
        f"MATCH (l) WHERE l:{Label.LOCK.value} AND l.expires >= $now "
        f"WITH count(l) AS loading "
        f"MATCH (n:{label.value}) WHERE loading = 0 AND NOT (n)--() "
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


def unit_mentions(unit: Label, mention: Label) -> str:
    """The things of one kind (a label of MENTION_LABELS) a document's units mention, each
    with its name as written."""
    return (
        f"MATCH (u:{unit.value} {{doc_id: $doc_id}})-[r:{RelType.MENTIONS.value}]->"
        f"(x:{mention.value}) RETURN u.path AS path, r.surface AS surface"
    )


def unit_figures(unit: Label, rel: RelType, figure: Label) -> str:
    """Targets (SETS_TARGET/Target) or results (REPORTS/Result) of a document's units."""
    return (
        f"MATCH (u:{unit.value} {{doc_id: $doc_id}})-[:{rel.value}]->(t:{figure.value}) "
        f"RETURN u.path AS path, t.value AS value, t.unit AS unit, t.comparator AS comparator, "
        f"t.year AS year, t.metric AS metric"
    )


def document_indicators(figure: Label) -> str:
    """Each target (or result) of a document with the indicator it tracks."""
    return (
        f"MATCH (u {{doc_id: $doc_id}})-[:{RelType.SETS_TARGET.value}|{RelType.REPORTS.value}]->"
        f"(t:{figure.value})-[:{RelType.TRACKS.value}]->"
        f"(x:{Label.INDICATOR.value}) "
        f"RETURN u.path AS path, t.value AS value, t.unit AS unit, x.id AS indicator"
    )


# --- API reads ------------------------------------------------------------

ROLE_TYPES = (RelType.LEADS, RelType.SUPPORTS, RelType.RESPONSIBLE_FOR)


def _rels(rels: tuple[RelType, ...]) -> str:
    return "|".join(r.value for r in rels)


_DEPT = Label.DEPARTMENT.value
_IND = Label.INDUSTRY.value
_MEAS = Label.MEASURE.value
_TGT = Label.TARGET.value
_RES = Label.RESULT.value
_ADDR = RelType.ADDRESSES.value

#: Department fields returned everywhere.
_DEPT_FIELDS = (
    "d.id AS id, d.name AS name, d.full_name AS full_name, d.name_en AS name_en, d.kind AS kind"
)
#: Evidence fields of a relationship ``r``.
_EVIDENCE = (
    "r.doc_id AS doc_id, r.path AS evidence_path, r.sentence AS sentence, "
    "r.start AS start, r.end AS end, r.surface AS surface"
)


def _departments_match(rels: tuple[RelType, ...], by_industry: bool) -> str:
    """Departments holding a role (of ``rels``) on some measure, filtered by $q and $industry."""
    industry = f"MATCH (u)-[:{_ADDR}]->(:{_IND} {{id: $industry}}) " if by_industry else ""
    return (
        f"MATCH (d:{_DEPT})-[r:{_rels(rels)}]->(u) {industry}"
        f"WHERE $q IS NULL OR d.name CONTAINS $q OR d.full_name CONTAINS $q "
        f"OR d.canonical_name CONTAINS $q "
        f"OR toLower(coalesce(d.name_en, '')) CONTAINS toLower($q) OR r.surface CONTAINS $q "
    )


def list_departments(rels: tuple[RelType, ...], by_industry: bool) -> str:
    """A page of departments with how many measures they hold a role on."""
    return _departments_match(rels, by_industry) + (
        f"WITH d, count(DISTINCT u) AS measures "
        f"RETURN {_DEPT_FIELDS}, measures ORDER BY measures DESC, id SKIP $offset LIMIT $limit"
    )


def count_departments(rels: tuple[RelType, ...], by_industry: bool) -> str:
    return _departments_match(rels, by_industry) + "RETURN count(DISTINCT d) AS n"


GET_DEPARTMENT = (
    f"MATCH (d:{_DEPT} {{id: $id}}) RETURN {_DEPT_FIELDS}, d.jurisdiction AS jurisdiction"
)

#: Find departments by any name: id, canonical name, full name, English name, a surface form.
FIND_DEPARTMENT = (
    f"MATCH (d:{_DEPT}) WHERE d.id = $name OR d.name = $name OR d.full_name = $name "
    f"OR d.canonical_name = $name "
    f"OR toLower(coalesce(d.name_en, '')) = toLower($name) OR d.id IN $ids "
    f"RETURN d.id AS id LIMIT 5"
)
FIND_DEPARTMENT_BY_SURFACE = (
    f"MATCH (d:{_DEPT})-[r:{_rels(ROLE_TYPES)}]->() WHERE r.surface = $name "
    f"RETURN DISTINCT d.id AS id LIMIT 5"
)
ALL_DEPARTMENT_NAMES = f"MATCH (d:{_DEPT}) RETURN d.id AS id, d.name AS name, d.name_en AS name_en"
JURISDICTIONS = (
    f"MATCH (d:{Label.DOCUMENT.value}) WHERE d.jurisdiction IS NOT NULL "
    f"RETURN DISTINCT d.jurisdiction AS j"
)

#: The measures a department leads, supports or is responsible for, with evidence.
DEPARTMENT_ROLES = (
    f"MATCH (d:{_DEPT} {{id: $id}})-[r:{_rels(ROLE_TYPES)}]->(u) "
    f"RETURN type(r) AS rel, u.id AS measure_id, u.path AS path, u.title AS title, {_EVIDENCE} "
    f"ORDER BY doc_id, start"
)

#: Departments sharing measures with one department, by role pair.
DEPARTMENT_PARTNERS = (
    f"MATCH (d:{_DEPT} {{id: $id}})-[r1:{_rels(ROLE_TYPES)}]->(u)<-[r2:{_rels(ROLE_TYPES)}]-(p:{_DEPT}) "
    f"WHERE p.id <> d.id "
    f"RETURN p.id AS id, p.name AS name, p.full_name AS full_name, p.name_en AS name_en, "
    f"type(r1) AS my_role, type(r2) AS their_role, count(DISTINCT u) AS shared"
)

LIST_INDUSTRIES = (
    f"MATCH (i:{_IND}) "
    f"WHERE $q IS NULL OR i.name CONTAINS $q OR $q IN i.aliases "
    f"OR toLower(i.name_en) CONTAINS toLower($q) OR i.id = $q "
    f"OPTIONAL MATCH (u)-[:{_ADDR}]->(i) "
    f"WITH i, count(DISTINCT u) AS measures "
    f"RETURN i.id AS id, i.name AS name, i.name_en AS name_en, i.aliases AS aliases, "
    f"coalesce(i.listed, true) AS listed, measures "
    f"ORDER BY measures DESC, id SKIP $offset LIMIT $limit"
)
COUNT_INDUSTRIES = (
    f"MATCH (i:{_IND}) WHERE $q IS NULL OR i.name CONTAINS $q OR $q IN i.aliases "
    f"OR toLower(i.name_en) CONTAINS toLower($q) OR i.id = $q RETURN count(i) AS n"
)
FIND_INDUSTRY = (
    f"MATCH (i:{_IND}) WHERE i.id = $name OR i.name = $name OR $name IN i.aliases "
    f"OR toLower(i.name_en) = toLower($name) OR i.id = toLower($name) RETURN i.id AS id LIMIT 1"
)
ALL_INDUSTRY_NAMES = f"MATCH (i:{_IND}) RETURN i.id AS id, i.name AS name, i.name_en AS name_en"
GET_INDUSTRY = (
    f"MATCH (i:{_IND} {{id: $id}}) "
    f"RETURN i.id AS id, i.name AS name, i.name_en AS name_en, i.aliases AS aliases, "
    f"coalesce(i.listed, true) AS listed"
)

#: Measures that name an industry, with the evidence of the mention.
INDUSTRY_MEASURES = (
    f"MATCH (u)-[r:{_ADDR}]->(i:{_IND} {{id: $id}}) "
    f"RETURN u.id AS measure_id, u.path AS path, u.title AS title, {_EVIDENCE} ORDER BY doc_id, start"
)


def industry_departments(rels: tuple[RelType, ...]) -> str:
    """Departments holding a role on the measures that name an industry (the flagship question)."""
    return (
        f"MATCH (u)-[:{_ADDR}]->(i:{_IND} {{id: $id}}) "
        f"MATCH (d:{_DEPT})-[r:{_rels(rels)}]->(u) "
        f"RETURN {_DEPT_FIELDS}, type(r) AS rel, u.id AS measure_id, u.path AS path, "
        f"u.title AS title, {_EVIDENCE} ORDER BY id, doc_id, start"
    )


def _measures_match(rels: tuple[RelType, ...], by_department: bool, by_industry: bool) -> str:
    parts = [f"MATCH (m:{_MEAS})"]
    if by_department:
        parts.append(f"MATCH (:{_DEPT} {{id: $department}})-[:{_rels(rels)}]->(m)")
    if by_industry:
        parts.append(f"MATCH (m)-[:{_ADDR}]->(:{_IND} {{id: $industry}})")
    parts.append(
        "WHERE ($document IS NULL OR m.doc_id = $document) "
        "AND ($q IS NULL OR m.title CONTAINS $q OR m.text CONTAINS $q) "
        "AND ($due IS NULL OR m.deadline_year = $due)"
    )
    return " ".join(parts)


def page_measures(rels: tuple[RelType, ...], by_department: bool, by_industry: bool) -> str:
    return (
        _measures_match(rels, by_department, by_industry)
        + " WITH DISTINCT m RETURN m.id AS id, m.doc_id AS document, m.path AS path, "
        "m.title AS title, m.deadline AS deadline, m.deadline_year AS deadline_year "
        "ORDER BY document, m.start SKIP $offset LIMIT $limit"
    )


def count_measures(rels: tuple[RelType, ...], by_department: bool, by_industry: bool) -> str:
    return _measures_match(rels, by_department, by_industry) + " RETURN count(DISTINCT m) AS n"


GET_MEASURE = (
    f"MATCH (m:{_MEAS} {{id: $id}}) "
    f"RETURN m.id AS id, m.doc_id AS document, m.path AS path, m.title AS title, m.text AS text, "
    f"m.start AS start, m.end AS end, m.deadline AS deadline, m.deadline_year AS deadline_year"
)
MEASURE_ROLES = (
    f"MATCH (d:{_DEPT})-[r:{_rels(ROLE_TYPES)}]->(m:{_MEAS} {{id: $id}}) "
    f"RETURN {_DEPT_FIELDS}, type(r) AS rel, {_EVIDENCE} ORDER BY start"
)
MEASURE_INDUSTRIES = (
    f"MATCH (m:{_MEAS} {{id: $id}})-[r:{_ADDR}]->(i:{_IND}) "
    f"RETURN i.id AS id, i.name AS name, i.name_en AS name_en, {_EVIDENCE}"
)
MEASURE_MENTIONS = (
    f"MATCH (m:{_MEAS} {{id: $id}})-[r:{RelType.MENTIONS.value}]->(x) "
    f"RETURN labels(x)[0] AS label, x.id AS id, x.name AS name, {_EVIDENCE}"
)


def measure_figures(rel: RelType, label: Label) -> str:
    return (
        f"MATCH (m:{_MEAS} {{id: $id}})-[:{rel.value}]->(t:{label.value}) "
        f"RETURN t.id AS id, t.metric AS metric, t.comparator AS comparator, t.value AS value, "
        f"t.unit AS unit, t.year AS year, t.period AS period, t.text AS text, t.sentence AS sentence "
        f"ORDER BY t.start"
    )


def _targets_match(by_department: bool, by_industry: bool) -> str:
    parts = [f"MATCH (u)-[:{RelType.SETS_TARGET.value}]->(t:{_TGT})"]
    if by_department:
        parts.append(f"MATCH (:{_DEPT} {{id: $department}})-[:{_rels(ROLE_TYPES)}]->(u)")
    if by_industry:
        parts.append(f"MATCH (u)-[:{_ADDR}]->(:{_IND} {{id: $industry}})")
    parts.append(
        "WHERE ($year IS NULL OR t.year = $year) AND ($document IS NULL OR t.doc_id = $document) "
        "AND ($metric IS NULL OR t.metric CONTAINS $metric)"
    )
    return " ".join(parts)


_TARGET_FIELDS = (
    "t.id AS id, t.doc_id AS document, t.path AS path, t.metric AS metric, "
    "t.comparator AS comparator, t.value AS value, t.unit AS unit, t.year AS year, "
    "t.period AS period, t.growth AS growth, t.text AS text, t.sentence AS sentence, "
    "t.start AS start, t.end AS end, u.id AS measure_id, u.title AS measure_title"
)


def page_targets(by_department: bool, by_industry: bool) -> str:
    return (
        _targets_match(by_department, by_industry)
        + f" WITH DISTINCT t, u RETURN {_TARGET_FIELDS} ORDER BY year, document, start "
        "SKIP $offset LIMIT $limit"
    )


def count_targets(by_department: bool, by_industry: bool) -> str:
    return _targets_match(by_department, by_industry) + " RETURN count(DISTINCT t) AS n"


GET_TARGET = (
    f"MATCH (u)-[:{RelType.SETS_TARGET.value}]->(t:{_TGT} {{id: $id}}) RETURN {_TARGET_FIELDS}"
)

#: Lead departments of the measures that set some targets.
TARGET_LEADS = (
    f"MATCH (d:{_DEPT})-[r:{RelType.LEADS.value}|{RelType.RESPONSIBLE_FOR.value}]->(u)"
    f"-[:{RelType.SETS_TARGET.value}]->(t:{_TGT}) WHERE t.id IN $ids "
    f"RETURN t.id AS target, d.id AS id, d.name AS name, type(r) AS rel"
)

# --- indicators ----------------------------------------------------------------

_IDC = Label.INDICATOR.value
_FIGURE_RELS = f"{RelType.SETS_TARGET.value}|{RelType.REPORTS.value}"
_INDICATOR_FILTER = (
    "WHERE $q IS NULL OR x.id = $q OR x.name CONTAINS $q "
    "OR toLower(coalesce(x.name_en, '')) CONTAINS toLower($q) "
)

#: Indicators with how many figures and documents track them; those of most documents first.
LIST_INDICATORS = (
    f"MATCH (x:{_IDC}) {_INDICATOR_FILTER}"
    f"MATCH (x)<-[:{RelType.TRACKS.value}]-(f) "
    f"WITH x, count(f) AS figures, count(DISTINCT f.doc_id) AS documents "
    f"WHERE documents >= $min_documents "
    f"RETURN x.id AS id, x.name AS name, x.name_en AS name_en, figures, documents "
    f"ORDER BY documents DESC, figures DESC, id SKIP $offset LIMIT $limit"
)
COUNT_INDICATORS = (
    f"MATCH (x:{_IDC}) {_INDICATOR_FILTER}"
    f"MATCH (x)<-[:{RelType.TRACKS.value}]-(f) "
    f"WITH x, count(DISTINCT f.doc_id) AS documents WHERE documents >= $min_documents "
    f"RETURN count(x) AS n"
)
GET_INDICATOR = (
    f"MATCH (x:{_IDC} {{id: $id}}) RETURN x.id AS id, x.name AS name, x.name_en AS name_en"
)
ALL_INDICATOR_NAMES = f"MATCH (x:{_IDC}) RETURN x.id AS id, x.name AS name, x.name_en AS name_en"

#: Every target and result tracking one indicator, in time order, with its measure.
INDICATOR_FIGURES = (
    f"MATCH (u)-[:{_FIGURE_RELS}]->(f)-[:{RelType.TRACKS.value}]->(x:{_IDC} {{id: $id}}) "
    f"RETURN f.id AS id, labels(f)[0] AS kind, f.doc_id AS document, f.path AS path, "
    f"f.metric AS metric, f.comparator AS comparator, f.value AS value, f.unit AS unit, "
    f"f.year AS year, f.period AS period, f.growth AS growth, f.text AS text, "
    f"u.id AS measure_id, u.title AS measure_title, f.sentence AS sentence, "
    f"f.start AS start, f.end AS end "
    f"ORDER BY year, document, start"
)

#: Reported results and other targets that track the same indicator as some targets
#: (progress), in documents of the same place: another county's growth is no progress of
#: this one's goal (documents of no known place go with each other only).
TARGET_OBSERVATIONS = (
    f"MATCH (t:{_TGT})-[:{RelType.TRACKS.value}]->(x:{Label.INDICATOR.value})"
    f"<-[:{RelType.TRACKS.value}]-(o) WHERE t.id IN $ids AND o.id <> t.id "
    f"MATCH (dt:{Label.DOCUMENT.value} {{id: t.doc_id}}), (do:{Label.DOCUMENT.value} {{id: o.doc_id}}) "
    f"WHERE coalesce(dt.jurisdiction, '') = coalesce(do.jurisdiction, '') "
    f"RETURN t.id AS target, x.name AS indicator, o.id AS id, labels(o)[0] AS kind, "
    f"o.doc_id AS document, o.path AS path, o.metric AS metric, o.value AS value, "
    f"o.unit AS unit, o.year AS year, o.comparator AS comparator, o.growth AS growth"
)


#: What ``/search`` looks in, in the order of its answer.
SEARCH_LABELS = (
    Label.INDUSTRY,
    Label.DEPARTMENT,
    Label.INDICATOR,
    Label.DOCUMENT,
    Label.MEASURE,
    Label.TARGET,
    Label.RESULT,
    Label.PLACE,
    Label.ORGANIZATION,
    Label.PROJECT,
    Label.PROGRAM,
    Label.EVENT,
)


def _search_branch(label: Label) -> str:
    return (
        f"MATCH (n:{label.value}) "
        f"WHERE n.id IN $ids OR n.name CONTAINS $q OR n.title CONTAINS $q OR n.metric CONTAINS $q "
        f"OR n.full_name CONTAINS $q OR toLower(coalesce(n.name_en, '')) CONTAINS toLower($q) "
        f"OR $q IN coalesce(n.aliases, []) "
        f"RETURN '{label.value}' AS type, n.id AS id, coalesce(n.name, n.title, n.metric) AS name, "
        f"n.name_en AS name_en LIMIT $limit"
    )


#: Name search over every searchable label in one round trip (Chinese substring, alias, or
#: English, case-insensitive); at most $limit hits per label.
SEARCH = " UNION ALL ".join(_search_branch(label) for label in SEARCH_LABELS)


def neighborhood(depth: int) -> str:
    """Paths of length 1..depth from the node with id $id (depth is validated 1..3)."""
    if depth not in (1, 2, 3):
        raise ValueError("depth must be 1, 2 or 3")
    return f"MATCH p = (n)-[*1..{depth}]-(m) WHERE n.id = $id RETURN p LIMIT $limit"


# --- highlighted document text ----------------------------------------------

#: Entities of a document with their own offsets, by relationship type into/out of units.
DOCUMENT_ROLE_SPANS = (
    f"MATCH (d:{_DEPT})-[r:{_rels(ROLE_TYPES)}]->() WHERE r.doc_id = $id AND r.at_start IS NOT NULL "
    f"RETURN d.id AS id, d.name AS name, d.name_en AS name_en, type(r) AS kind, "
    f"r.at_start AS start, r.at_end AS end"
)
DOCUMENT_INDUSTRY_SPANS = (
    f"MATCH ()-[r:{_ADDR}]->(i:{_IND}) WHERE r.doc_id = $id AND r.at_start IS NOT NULL "
    f"RETURN i.id AS id, i.name AS name, i.name_en AS name_en, 'INDUSTRY' AS kind, "
    f"r.at_start AS start, r.at_end AS end"
)
DOCUMENT_MENTION_SPANS = (
    f"MATCH ()-[r:{RelType.MENTIONS.value}]->(x) WHERE r.doc_id = $id AND r.at_start IS NOT NULL "
    f"RETURN x.id AS id, x.name AS name, null AS name_en, labels(x)[0] AS kind, "
    f"r.at_start AS start, r.at_end AS end"
)


def document_figure_spans(label: Label) -> str:
    return (
        f"MATCH (d:{Label.DOCUMENT.value} {{id: $id}}) "
        f"MATCH (t:{label.value} {{doc_id: $id}}) WHERE t.gen = d.gen "
        f"RETURN t.id AS id, t.metric AS name, null AS name_en, '{label.value.upper()}' AS kind, "
        f"t.text_start AS start, t.text_end AS end"
    )


DOCUMENT_TEXT = f"MATCH (d:{Label.DOCUMENT.value} {{id: $id}}) RETURN d.text AS text, d.title AS title, d.gen AS gen"


# --- analytics --------------------------------------------------------------

DEPARTMENTS_WITH_ROLES = (
    f"MATCH (d:{_DEPT})-[:{_rels(ROLE_TYPES)}]->() "
    f"RETURN DISTINCT d.id AS id, d.name AS name, d.name_en AS name_en, d.kind AS kind"
)

#: Every pair of departments holding a role on the same measure, one row per measure.
COLLABORATION_PAIRS = (
    f"MATCH (a:{_DEPT})-[:{_rels(ROLE_TYPES)}]->(m)<-[:{_rels(ROLE_TYPES)}]-(b:{_DEPT}) "
    f"WHERE a.id < b.id RETURN DISTINCT a.id AS a, b.id AS b, m.id AS measure"
)

DEPARTMENT_INDUSTRY = (
    f"MATCH (d:{_DEPT})-[:{_rels(ROLE_TYPES)}]->(m)-[:{_ADDR}]->(i:{_IND}) "
    f"RETURN d.id AS department, d.name AS department_name, i.id AS industry, "
    f"i.name AS industry_name, count(DISTINCT m) AS measures"
)

ALL_NODES = "MATCH (n) RETURN n"
ALL_EDGES = "MATCH ()-[r]->() RETURN r"


# --- network views ----------------------------------------------------------

#: Departments with a role on any of the measures $ids, with evidence.
UNITS_DEPARTMENTS = (
    f"MATCH (d:{_DEPT})-[r:{_rels(ROLE_TYPES)}]->(m) WHERE m.id IN $ids "
    f"RETURN m.id AS measure, {_DEPT_FIELDS}, type(r) AS rel, r.sentence AS sentence"
)
UNITS_INDUSTRIES = (
    f"MATCH (m)-[r:{_ADDR}]->(i:{_IND}) WHERE m.id IN $ids "
    f"RETURN m.id AS measure, i.id AS id, i.name AS name, i.name_en AS name_en, r.sentence AS sentence"
)
UNITS_TARGETS = (
    f"MATCH (m)-[:{RelType.SETS_TARGET.value}]->(t:{_TGT}) WHERE m.id IN $ids "
    f"RETURN m.id AS measure, t.id AS id, t.metric AS metric, t.comparator AS comparator, "
    f"t.value AS value, t.unit AS unit, t.year AS year, t.sentence AS sentence"
)


def document_tree_edges(unit: Label) -> str:
    """PART_OF edges of one label of a document's units (current generation)."""
    return (
        f"MATCH (d:{Label.DOCUMENT.value} {{id: $id}}) "
        f"MATCH (u:{unit.value} {{doc_id: $id}})-[:{RelType.PART_OF.value}]->(p) WHERE u.gen = d.gen "
        f"RETURN u.id AS id, u.path AS path, u.title AS title, p.id AS parent"
    )
