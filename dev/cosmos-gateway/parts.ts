import type { ContainerCatalog } from './containers';
import type { KeyRange } from './epk';
import type { Metering } from './metering';
import type { Upstream } from './upstream';

/** What the gateway's answers to document and query requests share, for the gateway's lifetime. */
export interface GatewayParts {
  upstream: Upstream;
  containers: ContainerCatalog;
  metering: Metering;
  /** The partition key ranges every container has. */
  ranges: KeyRange[];
}
