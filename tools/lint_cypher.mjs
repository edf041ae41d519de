// Lint Cypher statements with Neo4j's own linter (@neo4j-cypher/language-support).
// Input on stdin: JSON array of {"name": ..., "query": ...}.
// Output on stdout: JSON array of {"name", "severity", "message"} for every diagnostic.
import { lintCypherQuery } from '@neo4j-cypher/language-support';

let input = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) input += chunk;
const out = [];
for (const { name, query } of JSON.parse(input)) {
  const result = lintCypherQuery(query, {});
  for (const d of result.diagnostics ?? []) {
    out.push({ name, severity: d.severity, message: d.message });
  }
}
process.stdout.write(JSON.stringify(out));
