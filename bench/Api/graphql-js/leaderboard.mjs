// The ranking as one SQL statement, shaped like the engine's (engine/Services/LeaderboardQuery.cs), so the
// bench compares the GraphQL servers and not two ways of ranking: each group's best value of the first sort
// column is found by an index seek, only the runs holding it (all runs of groups without one) are ranked,
// ROW_NUMBER keeps each group's best run and gives the rank. Missing values sort last, ties keep
// submission order.
const valueColumn = { float: 'float_value', int: 'int_value', string: 'text_value' };

export function rankingSql(columns, orderBy, includeAll) {
  const sortColumns = orderBy.map((sort) => columns.get(sort.name));
  const keys = sortColumns.map((column, i) => `, k${i}.${valueColumn[column.dtype]} AS k${i}`).join('');
  const joins = sortColumns.map((_, i) => ` LEFT JOIN run_result k${i} ON k${i}.run_id = r.id AND k${i}.column_id = ?`).join('');
  const ordering = sortColumns
    .map((column, i) => `${column.required ? '' : `k${i} IS NULL, `}k${i} ${orderBy[i].sortDesc ? 'DESC' : 'ASC'}, `)
    .join('') + 'created_at, run_id';
  const first = valueColumn[sortColumns[0].dtype];
  const candidates = includeAll
    ? `candidates AS (
        SELECT r.id AS run_id, r.group_id, r.created_at${keys}
        FROM workflow_run r${joins}
        WHERE r.workflow_id = :workflow AND r.group_id IS NOT NULL AND r.state = 'SUCCESS' AND r.has_result = 1
      )`
    : `group_best AS (
        SELECT g.id AS group_id,
          (SELECT ${orderBy[0].sortDesc ? 'MAX' : 'MIN'}(v.${first}) FROM run_result v WHERE v.column_id = :first AND v.group_id = g.id) AS best
        FROM workflow_group g WHERE g.workflow_id = :workflow
      ),
      finalists AS (
        SELECT v.run_id FROM group_best b
        CROSS JOIN run_result v WHERE v.column_id = :first AND v.group_id = b.group_id AND v.${first} = b.best
        UNION ALL
        SELECT r.id AS run_id FROM workflow_run r WHERE r.group_id IN (SELECT group_id FROM group_best WHERE best IS NULL)
      ),
      candidates AS (
        SELECT r.id AS run_id, r.group_id, r.created_at${keys}
        FROM finalists f JOIN workflow_run r ON r.id = f.run_id${joins}
        WHERE r.state = 'SUCCESS' AND r.has_result = 1
      )`;
  return `
    WITH ${candidates},
    ranked AS (
      SELECT c.*, ROW_NUMBER() OVER (PARTITION BY group_id ORDER BY ${ordering}) AS group_position FROM candidates c
    )
    SELECT run_id AS runId, group_id AS groupId, ROW_NUMBER() OVER (ORDER BY ${ordering}) AS rank
    FROM ranked${includeAll ? '' : ' WHERE group_position = 1'}
    ORDER BY rank`;
}

// Positional parameters for the sort columns' joins; named ones for the rest.
export function rankingParameters(workflowId, orderBy) {
  return [...orderBy.map((sort) => sort.name), { workflow: workflowId, first: orderBy[0].name }];
}
