import { api, ApiError, session } from './api';
import type { Subscription, Tenant, User } from './types';

/**
 * The wizard the tab has open, kept in its sessionStorage beside the token (console/api.ts): the
 * redemption's id (the API knows its step), a subscription chosen to renew, and what the Done page
 * showed (the redemption's view does not say it). A reload, the navigation and Back/Forward find it
 * there; closing the tab forgets it, and the redemption then expires as the process says.
 */
export interface DoneScreen {
  tenant: Tenant;
  subscription: Subscription;
  admin: User | null;
}

export interface WizardState {
  redemptionId: string;
  /** The subscription step 2 renews (the Renewals page's "Renew with keys"). */
  renew: string;
  done: DoneScreen;
}

export const wizardState = {
  get: (): Partial<WizardState> => session.wizard<WizardState>(),
  keep(change: Partial<WizardState>): void {
    session.keepWizard({ ...session.wizard<WizardState>(), ...change });
  },
  forget: (): void => session.forgetWizard(),
  /** A wizard the partner would lose by leaving: a redemption not yet completed. */
  open(): boolean {
    const kept = session.wizard<WizardState>();
    return Boolean(kept.redemptionId && !kept.done);
  },
};

/**
 * "Cancel": the redemption abandoned now, its keys released (DELETE /redemptions/{id}). One that
 * is not there (or not this partner's) has nothing to release. Other problems are thrown: 409
 * redemption_completed, request_in_progress, an outage.
 */
export async function abandon(redemptionId: string): Promise<void> {
  try {
    await api('DELETE', `/redemptions/${redemptionId}`);
  } catch (error) {
    if (error instanceof ApiError && error.problem.code === 'not_found') return;
    throw error;
  }
}
