/**
 * What Azure's Cosmos DB gateway makes of a query: whether it can serve it across partitions itself,
 * and the query plan the SDK asks for (`x-ms-cosmos-is-query-plan-request`). The gateway serves plain
 * filters and projections across partitions; anything that needs the SDK's pipeline (ORDER BY, TOP,
 * OFFSET/LIMIT, DISTINCT, a VALUE aggregate) it refuses with 400/substatus 1004 and the plan in
 * `additionalErrorInfo`, even on a container of one range (recorded from a hosted account; the message
 * as in Azure/azure-sdk-for-go#23128). GROUP BY and aggregates without VALUE get another 400.
 *
 * The plan is built for the shapes this code can send (`SELECT * FROM c [WHERE …] [ORDER BY …]`), in
 * the form Microsoft's query-plan baselines show (Azure/azure-cosmos-dotnet-v3,
 * QueryPlanBaselineTests.OrderBy.xml); any other shape that needs a pipeline is refused rather than
 * planned loosely. docs/architecture.md, "How the local stack matches Azure", lists the sources.
 */
export const ORDER_BY_FILTER = '{documentdb-formattableorderbyquery-filter}';

export interface OrderByKey {
  /** The expression, as written (`c.nextEventAt`). */
  expression: string;
  /** The property path it reads (`/nextEventAt`), for the index checks. */
  path: string;
  order: 'Ascending' | 'Descending';
}

export interface QueryShape {
  /** Needs the SDK's pipeline: the gateway refuses it across partitions with 1004. */
  pipelined: boolean;
  /** GROUP BY, or an aggregate without VALUE: refused across partitions with a 400 of its own. */
  unsupportedAcrossPartitions: boolean;
  orderBy: OrderByKey[];
  /** `SELECT * FROM <alias>`: documents come back whole (their partition key can be read). */
  selectsWholeDocuments: boolean;
}

/** The query without its string literals, so keywords inside them are not read as keywords. */
function withoutStrings(query: string): string {
  return query.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
}

const SELECT_STAR = /^\s*SELECT\s+\*\s+FROM\s+(\w+)\b/i;
const SELECT_STAR_ORDER_BY =
  /^\s*SELECT\s+\*\s+FROM\s+(\w+)(?:\s+WHERE\s+([\s\S]*?))?\s+ORDER\s+BY\s+([\s\S]+?)\s*$/i;

function orderByKeys(alias: string, text: string): OrderByKey[] {
  return text.split(',').map((part) => {
    const match = /^\s*([\s\S]+?)(?:\s+(ASC|DESC))?\s*$/i.exec(part);
    const expression = (match?.[1] ?? part).trim();
    const path = new RegExp(`^${alias}((?:\\.\\w+|\\["[^"]+"\\])+)$`).exec(expression)?.[1];
    if (!path) throw new UnplannableQuery(`ORDER BY ${expression} is not a property of ${alias}`);
    return {
      expression,
      path: path.replace(/\["([^"]+)"\]/g, '.$1').replace(/\./g, '/'),
      order: /^desc$/i.test(match?.[2] ?? '') ? 'Descending' : 'Ascending',
    };
  });
}

/** A query that needs a pipeline, in a shape this stand-in does not plan: refused, never served loosely. */
export class UnplannableQuery extends Error {
  constructor(reason: string) {
    super(`The local Cosmos DB gateway cannot plan this query (${reason}).`);
  }
}

/** The ORDER BY keys of a query (its own or the SDK's rewrite of it), in order; none without ORDER BY. */
export function orderByOf(query: string): OrderByKey[] {
  const text = withoutStrings(query);
  const order = /\bORDER\s+BY\s+([\s\S]+?)\s*$/i.exec(text);
  if (!order) return [];
  const alias = /\bFROM\s+(\w+)/i.exec(text)?.[1] ?? 'c';
  return orderByKeys(alias, order[1] as string);
}

export function queryShape(query: string): QueryShape {
  const text = withoutStrings(query);
  const hasOrderBy = /\bORDER\s+BY\b/i.test(text);
  const pipelined =
    hasOrderBy ||
    /^\s*SELECT\s+(?:DISTINCT\s+)?(?:VALUE\s+)?TOP\b/i.test(text) ||
    /\bOFFSET\b[\s\S]*\bLIMIT\b/i.test(text) ||
    /^\s*SELECT\s+DISTINCT\b/i.test(text) ||
    /^\s*SELECT\s+VALUE\s+(COUNT|SUM|MIN|MAX|AVG)\s*\(/i.test(text);
  const unsupportedAcrossPartitions =
    /\bGROUP\s+BY\b/i.test(text) ||
    (/\b(COUNT|SUM|MIN|MAX|AVG)\s*\(/i.test(text) && !/^\s*SELECT\s+VALUE\b/i.test(text));
  return {
    pipelined,
    unsupportedAcrossPartitions,
    orderBy: orderByOf(query),
    selectsWholeDocuments: SELECT_STAR.test(text),
  };
}

const ALL_RANGES = [{ min: '', max: 'FF', isMinInclusive: true, isMaxInclusive: false }];

/** The plan the gateway answers to a query-plan request (partitionedQueryExecutionInfoVersion 2). */
export function queryPlan(query: string): Record<string, unknown> {
  const shape = queryShape(query);
  let rewrittenQuery = '';
  if (shape.pipelined) {
    const ordered = SELECT_STAR_ORDER_BY.exec(query);
    if (!ordered || withoutStrings(query).match(/\b(TOP|DISTINCT|OFFSET|VALUE)\b/i))
      throw new UnplannableQuery('only SELECT * FROM <alias> [WHERE …] ORDER BY … is planned here');
    const [, alias, where, orderText] = ordered as unknown as [string, string, string | undefined, string];
    const items = shape.orderBy.map((key) => `{"item": ${key.expression}}`).join(', ');
    const filter = where ? `((${where}) AND (${ORDER_BY_FILTER}))` : `(${ORDER_BY_FILTER})`;
    rewrittenQuery = `SELECT ${alias}._rid, [${items}] AS orderByItems, ${alias} AS payload\nFROM ${alias}\nWHERE ${filter}\nORDER BY ${orderText}`;
  }
  return {
    partitionedQueryExecutionInfoVersion: 2,
    queryInfo: {
      distinctType: 'None',
      top: null,
      offset: null,
      limit: null,
      orderBy: shape.orderBy.map((key) => key.order),
      orderByExpressions: shape.orderBy.map((key) => key.expression),
      groupByExpressions: [],
      groupByAliases: [],
      aggregates: [],
      groupByAliasToAggregateType: {},
      rewrittenQuery,
      hasSelectValue: false,
      dCountInfo: null,
      hasNonStreamingOrderBy: false,
    },
    queryRanges: ALL_RANGES,
    hybridSearchQueryInfo: null,
  };
}

/** The body of the gateway's 400/1004 refusal (the SDK needs `additionalErrorInfo` to be there). */
export function pipelineRequired(plan: Record<string, unknown>, activityId: string): Record<string, unknown> {
  return {
    code: 'BadRequest',
    message: `The provided cross partition query can not be directly served by the gateway. This is a first chance (internal) exception that all newer clients will know how to handle gracefully. This exception is traced, but unless you see it bubble up as an exception (which only happens on older SDK clients), then you can safely ignore this message.\r\nActivityId: ${activityId}, Microsoft.Azure.Documents.Common/2.14.0`,
    additionalErrorInfo: JSON.stringify(plan),
  };
}
