import * as z from 'zod';
import { Email, Instant, Name, ProgramId } from './fields';
import { LanguageTag, LanguageView } from './language';

/** Partners and their tokens. */

export const CreatePartnerRequest = z.strictObject({
  name: Name,
  partnerId: ProgramId,
  email: Email,
  cloudEssentials: z.boolean(),
  language: LanguageTag.optional().meta({
    description: 'The language the partner is written to in; en if not given',
  }),
});

export const UpdatePartnerRequest = z
  .strictObject({ name: Name.optional(), email: Email.optional(), cloudEssentials: z.boolean().optional() })
  .refine((body) => Object.keys(body).length > 0, {
    message: 'give at least one of name, email, cloudEssentials',
  });

/** What a partner changes of itself: the language it is written to in. */
export const UpdateOwnPartnerRequest = z.strictObject({ language: LanguageTag });

export const PartnerView = z.object({
  id: z.string(),
  name: z.string(),
  partnerId: z.string(),
  email: z.string(),
  cloudEssentials: z.boolean(),
  language: LanguageView,
  createdAt: Instant,
  updatedAt: Instant,
});

export const PartnerWithToken = PartnerView.extend({
  token: z.string().meta({ description: 'The partner token (kcp_…), shown only in this response' }),
});

export const TokenView = z.object({ token: z.string() });

export const PartnerRef = z.object({ partnerId: z.string(), name: z.string() });
