import { catchAllEndpoint } from '../shared/http/endpoint';
import { notFoundReplies } from '../shared/http/not-found';
import { ALL_OPERATIONS, openapi } from '../shared/http/operations';
import { pathOf } from '../shared/http/routes';
import { registerCatchAll } from '../shared/register';

/**
 * Catch-all for paths no operation serves. Named "zz-…" on purpose: Azure tries HTTP routes in the
 * order of the function names (ordinal, ignoring case), not by specificity, so `{*path}` must be the
 * last name or it answers every request (Azure/azure-functions-host#9876).
 * test/component/registrations.test.ts fails if any route can shadow another in that order.
 */
const reply = notFoundReplies(ALL_OPERATIONS, pathOf(openapi));

registerCatchAll('zz-not-found', catchAllEndpoint(reply));
