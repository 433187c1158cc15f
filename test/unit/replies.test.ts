import { describe, expect, it } from 'vitest';
import type { HandlerReply } from '../../shared/http/endpoint';
import {
  partnersCreate,
  partnersMe,
  partnersTokensCreate,
  redemptionsComplete,
  redemptionsCreate,
  tenantsUsersDelete,
} from '../../shared/http/operations';
import { accepted, answer, created, noContent, ok } from '../../shared/http/responses';

/**
 * A handler's answer is typed by its operation's descriptor: each `@ts-expect-error` below is a reply
 * the compiler must refuse (npm test compiles this file first; an error that stopped happening would
 * fail the build). The runtime checks show what the helpers build.
 */
const partner = {
  id: 'p',
  name: 'Contoso',
  partnerId: '1234567',
  email: 'ops@contoso.example',
  cloudEssentials: true,
  language: 'en' as const,
  createdAt: '2026-12-06T00:00:00.000Z',
  updatedAt: '2026-12-06T00:00:00.000Z',
};

describe('replies typed by their descriptors', () => {
  it('when a reply matches the descriptor, then it is built with its status, body and declared headers', () => {
    const me = ok(partnersMe, partner);
    expect(me).toMatchObject({ status: 200, body: JSON.stringify(partner) });
    const made = created(partnersCreate, { ...partner, token: 'kcp_x' }, '/api/v1/partners/p');
    expect(made).toMatchObject({ status: 201, headers: { location: '/api/v1/partners/p' } });
    expect(answer(partnersTokensCreate, 201, { token: 'kcp_y' }).status).toBe(201);
    expect(noContent(tenantsUsersDelete)).toEqual({ status: 204, headers: {} });
    // Either of complete's two answers is one of its replies.
    const replies: HandlerReply<(typeof redemptionsComplete)['responses']>[] = [];
    expect(replies).toEqual([]);
  });

  it('when a reply does not match the descriptor, then it does not compile', () => {
    // @ts-expect-error -- redemptions-create answers 201, never 200
    ok(redemptionsCreate, partner);
    // @ts-expect-error -- a body that is not the declared schema's
    ok(partnersMe, { name: 'Contoso' });
    // @ts-expect-error -- a 201 says where the resource is: created() takes its Location
    created(partnersTokensCreate, { token: 'kcp_y' }, undefined);
    // @ts-expect-error -- partners-me declares no 204
    noContent(partnersMe);
    // @ts-expect-error -- nor a 202
    accepted(partnersMe);
    // @ts-expect-error -- a reply of another operation's answer is not this handler's
    const wrong: HandlerReply<(typeof partnersMe)['responses']> = noContent(tenantsUsersDelete);
    expect(wrong.status).toBe(204);
  });
});
