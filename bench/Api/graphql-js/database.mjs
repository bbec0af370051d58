// Read access to the engine's SQLite database (the same file our server uses) and the per-request
// DataLoaders. Batches use one prepared statement each: the ids travel as a JSON array through json_each.
import Database from 'better-sqlite3';
import DataLoader from 'dataloader';

const byIds = (table, column = 'id') =>
  `SELECT * FROM ${table} WHERE ${column} IN (SELECT value FROM json_each(?))`;

export function openDatabase(file) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const statements = {
    workflows: db.prepare(byIds('workflow_template')),
    groups: db.prepare(byIds('workflow_group')),
    runs: db.prepare(byIds('workflow_run')),
    files: db.prepare(`${byIds('run_file', 'run_id')} ORDER BY key`),
    results: db.prepare(byIds('run_result', 'run_id')),
  };
  const cache = new Map();
  return {
    // Statements whose text depends on the request (filters, sort columns) are prepared once per text.
    all(sql, params) {
      let statement = cache.get(sql);
      if (!statement) {
        statement = db.prepare(sql);
        cache.set(sql, statement);
      }
      return statement.all(...params);
    },
    createLoaders() {
      const one = (statement) => new DataLoader(async (ids) => {
        const rows = new Map(statement.all(JSON.stringify(ids)).map((row) => [row.id, row]));
        return ids.map((id) => rows.get(id) ?? null);
      });
      const many = (statement) => new DataLoader(async (runIds) => {
        const rows = groupByRun(statement.all(JSON.stringify(runIds)));
        return runIds.map((id) => rows.get(id) ?? []);
      });
      return {
        workflow: one(statements.workflows),
        group: one(statements.groups),
        run: one(statements.runs),
        files: many(statements.files),
        results: many(statements.results),
      };
    },
  };
}

// Map.groupBy arrives in Node 21.
function groupByRun(rows) {
  const groups = new Map();
  for (const row of rows) {
    const list = groups.get(row.run_id);
    if (list) list.push(row);
    else groups.set(row.run_id, [row]);
  }
  return groups;
}
