import { App } from 'cdk8s';
import { ObjectPass, placedObjects } from './placed-object';
import { serverSideApplyForLargeCrds, skipDryRunWhereCrdIsElsewhere } from './sync-options';
import { assignSyncWaves, orderBySyncWave } from './sync-waves';

/**
 * What GitOpsApp applies before every synth, in this order: waves first (the ordering reads them), then the
 * sync options, which depend only on kinds, folders and sizes.
 */
export const ARGO_CD_PASSES: readonly ObjectPass[] = [
  assignSyncWaves,
  orderBySyncWave,
  skipDryRunWhereCrdIsElsewhere,
  serverSideApplyForLargeCrds,
];

/** Run `passes` over every ApiObject of `app`. Each pass is idempotent, so running twice changes nothing. */
export function applyPasses(app: App, passes: readonly ObjectPass[] = ARGO_CD_PASSES): void {
  const objects = placedObjects(app);
  for (const pass of passes) pass(objects);
}
