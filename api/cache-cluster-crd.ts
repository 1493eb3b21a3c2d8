import { Construct } from 'constructs';
import { CustomResourceDefinition } from '../lib';

/** The API group of the reference operator. */
export const CACHE_GROUP = 'cache.opkit.dev';

/**
 * CacheCluster: a replicated in-memory cache (Valkey/Redis-compatible) that the reference operator runs
 * as a StatefulSet. This file is the API's source of truth: `npm run import` generates `imports/` from it.
 */
export class CacheClusterCrd extends CustomResourceDefinition {
  constructor(scope: Construct, id: string) {
    super(scope, id, {
      group: CACHE_GROUP,
      kind: 'CacheCluster',
      shortNames: ['cc'],
      versions: [{
        name: 'v1',
        statusSubresource: true,
        schema: {
          type: 'object',
          properties: {
            spec: {
              type: 'object',
              required: ['version'],
              properties: {
                replicas: { type: 'integer', minimum: 1, maximum: 9, default: 3, description: 'Number of cache nodes.' },
                version: { type: 'string', pattern: '^[0-9]+\\.[0-9]+(\\.[0-9]+)?$', description: 'Engine version, e.g. 8.0.' },
              },
            },
            status: {
              type: 'object',
              properties: {
                readyReplicas: { type: 'integer', description: 'Nodes that are ready.' },
              },
            },
          },
        },
      }],
    });
  }
}
