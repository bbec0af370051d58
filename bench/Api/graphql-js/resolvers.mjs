// Field resolvers over the engine's tables. Rows are the source objects; every relation goes through
// the request's DataLoaders, so a list of 50 runs costs one query per relation, not 50.
import { GraphQLError } from 'graphql';
import { rankingParameters, rankingSql } from './leaderboard.mjs';
import { fromGlobalId, toGlobalId } from './relay.mjs';

// SQLite holds UTC as 'yyyy-MM-dd HH:mm:ss[.fffffff]'; the API writes ISO-8601 with milliseconds.
export function dateTime(text) {
  if (text == null) return null;
  const [date, time] = text.split(' ');
  const [seconds, fraction = ''] = time.split('.');
  return `${date}T${seconds}.${fraction.padEnd(3, '0').slice(0, 3)}Z`;
}

// Parsing a template per request would dominate; the digest changes whenever the template does.
const resultSchemas = new Map();
function resultSchema(workflow) {
  const key = `${workflow.id}:${workflow.digest}`;
  if (!resultSchemas.has(key)) {
    const results = JSON.parse(workflow.template_json).results;
    resultSchemas.set(key, results && {
      columns: results.schema.map((column) => ({
        name: column.name,
        label: column.label ?? column.name,
        dtype: column.dtype,
        required: column.required ?? true,
      })),
      orderBy: (results.orderBy?.length ? results.orderBy : [{ name: results.schema[0].name }])
        .map((sort) => ({ name: sort.name, sortDesc: sort.sortDesc ?? true })),
    });
  }
  return resultSchemas.get(key);
}

const runColumns = { createdAt: 'created_at', startedAt: 'started_at', finishedAt: 'ended_at', state: 'state' };

function idFilter(column, filter, type, conditions, parameters) {
  if (filter?.eq != null) {
    conditions.push(`${column} = ?`);
    parameters.push(fromGlobalId(filter.eq, type));
  }
  if (filter?.in != null) {
    conditions.push(`${column} IN (SELECT value FROM json_each(?))`);
    parameters.push(JSON.stringify(filter.in.map((id) => fromGlobalId(id, type))));
  }
}

function stateFilter(filter, conditions, parameters) {
  for (const [operator, sql] of [['eq', 'state = ?'], ['neq', 'state <> ?']]) {
    if (filter?.[operator] != null) {
      conditions.push(sql);
      parameters.push(filter[operator]);
    }
  }
  for (const [operator, sql] of [['in', 'state IN'], ['nin', 'state NOT IN']]) {
    if (filter?.[operator] != null) {
      conditions.push(`${sql} (SELECT value FROM json_each(?))`);
      parameters.push(JSON.stringify(filter[operator]));
    }
  }
}

// Open mode, as in the C# server under FLOWSERV_AUTH=open: every run is visible.
function runConnection(database, { first, where, order }) {
  const conditions = [];
  const parameters = [];
  idFilter('workflow_id', where?.workflowId, 'Workflow', conditions, parameters);
  idFilter('group_id', where?.groupId, 'Group', conditions, parameters);
  stateFilter(where?.state, conditions, parameters);
  const filter = conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '';
  const sorting = (order ?? []).flatMap((sort) => Object.entries(sort).map(([field, direction]) => `${runColumns[field]} ${direction}`));
  const limit = Math.max(0, first ?? 50);
  const rows = database.all(
    `SELECT * FROM workflow_run${filter} ORDER BY ${[...sorting, 'id'].join(', ')} LIMIT ?`, [...parameters, limit + 1]);
  const page = rows.slice(0, limit);
  return {
    edges: page.map((node) => ({ node })),
    nodes: page,
    pageInfo: { hasNextPage: rows.length > limit, hasPreviousPage: false },
    // graphql-js calls a function-valued property, so the count runs only when asked for.
    totalCount: () => database.all(`SELECT COUNT(*) AS count FROM workflow_run${filter}`, parameters)[0].count,
  };
}

export function createResolvers(database) {
  return {
    Query: {
      workflow: (_, { id }, { loaders }) => loaders.workflow.load(fromGlobalId(id, 'Workflow')),
      runs: (_, args) => runConnection(database, args),
    },
    Workflow: {
      id: (workflow) => toGlobalId('Workflow', workflow.id),
      leaderboard: (workflow, { orderBy, includeAll }) => {
        const schema = resultSchema(workflow);
        if (!schema) return null;
        const columns = new Map(schema.columns.map((column) => [column.name, column]));
        const order = orderBy?.length ? orderBy : schema.orderBy;
        for (const sort of order) {
          if (!columns.has(sort.name)) {
            throw new GraphQLError(`unknown column '${sort.name}'`, { extensions: { code: 'INVALID_ARGUMENT' } });
          }
        }
        const rows = database.all(rankingSql(columns, order, includeAll), rankingParameters(workflow.id, order));
        return {
          schema: schema.columns.map((column) => ({ ...column, dtype: column.dtype.toUpperCase() })),
          orderBy: order,
          entries: rows.map((row) => ({ ...row, columns: schema.columns })),
        };
      },
    },
    LeaderboardEntry: {
      run: (entry, _, { loaders }) => loaders.run.load(entry.runId),
      group: (entry, _, { loaders }) => loaders.group.load(entry.groupId),
      values: async (entry, _, { loaders }) => {
        const values = new Map((await loaders.results.load(entry.runId))
          .map((row) => [row.column_id, row.int_value ?? row.float_value ?? row.text_value]));
        return entry.columns.filter((column) => values.has(column.name))
          .map((column) => ({ name: column.name, value: values.get(column.name) }));
      },
    },
    Group: {
      id: (group) => toGlobalId('Group', group.id),
      workflow: (group, _, { loaders }) => loaders.workflow.load(group.workflow_id),
      createdAt: (group) => dateTime(group.created_at),
    },
    Run: {
      id: (run) => toGlobalId('Run', run.id),
      workflow: (run, _, { loaders }) => loaders.workflow.load(run.workflow_id),
      group: (run, _, { loaders }) => (run.group_id == null ? null : loaders.group.load(run.group_id)),
      createdAt: (run) => dateTime(run.created_at),
      startedAt: (run) => dateTime(run.started_at),
      finishedAt: (run) => dateTime(run.ended_at),
      files: (run, _, { loaders }) => loaders.files.load(run.id),
    },
    RunFile: {
      id: (file) => toGlobalId('RunFile', file.id),
      // The file name of the key (its path in the run folder), as the C# schema has it.
      name: (file) => file.key.slice(file.key.lastIndexOf('/') + 1),
      mimeType: (file) => file.mime_type,
    },
  };
}
