import { Construct } from 'constructs';
import { Cel, conditionsSchema, CustomResourceDefinition, observedGenerationSchema, Schema } from 'opkit';

/** The API group of the reference operator. */
export const CACHE_GROUP = 'cache.opkit.dev';

const ENGINE_VERSION = '^[0-9]+\\.[0-9]+(\\.[0-9]+)?$';
const QUANTITY = '^[0-9]+(\\.[0-9]+)?(Ki|Mi|Gi|Ti|k|M|G|T)?$';
const NAME = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$';

const maxMemory = Schema.intOrString({
  pattern: QUANTITY,
  description: 'Memory the engine may use for data (maxmemory): a number of bytes or a quantity such as 512Mi. '
    + 'The container limit is set 25% above it for replication buffers.',
});

const v1Spec = Schema.object({
  description: 'The desired state of the cache cluster.',
  required: ['version'],
  validations: [Cel.rule("self.engine != 'redis' || self.version.startsWith('7.')", {
    messageExpression: "'engine redis is only supported in 7.x (later releases are not open source), got ' + self.version",
  })],
  properties: {
    engine: Schema.enum(['valkey', 'redis'], { default: 'valkey', description: 'The cache engine.' }),
    version: Schema.string({ pattern: ENGINE_VERSION, description: 'Engine version, e.g. 8.0.' }),
    replicas: Schema.integer({
      minimum: 1, maximum: 9, default: 3, format: 'int32',
      description: 'Number of cache nodes: one primary, the rest replicas. Scalable with kubectl scale.',
    }),
    maxMemory,
    maxUnavailable: Schema.intOrString({
      default: 1, pattern: '^[0-9]+%$',
      description: 'How many nodes may be down during a rolling update: a number or a percentage such as 25%.',
    }),
    evictionPolicy: Schema.enum(['noeviction', 'allkeys-lru', 'allkeys-lfu', 'volatile-lru', 'volatile-ttl'], {
      default: 'allkeys-lru', description: 'What the engine evicts when maxMemory is reached.',
    }),
    storage: Schema.object({
      description: 'Persistent storage for snapshots and the append-only file.',
      required: ['size'],
      properties: {
        storageClassName: Schema.string({
          description: 'StorageClass of the volumes; cannot change after creation (volumes are not migrated).',
          validations: [Cel.immutable('storageClassName is immutable: volumes cannot move to another StorageClass')],
        }),
        size: Schema.string({ pattern: QUANTITY, description: 'Volume size per node, e.g. 10Gi.' }),
      },
    }),
    users: Schema.listMap(Schema.object({
      description: 'An ACL user of the cache.',
      required: ['name', 'passwordSecretRef'],
      properties: {
        name: Schema.string({ pattern: NAME, maxLength: 63, description: 'The user name.' }),
        access: Schema.enum(['read', 'readwrite', 'admin'], { default: 'read', description: 'What the user may do.' }),
        keyPattern: Schema.string({ default: '*', description: 'Glob of the keys the user may touch, e.g. sessions:*.' }),
        passwordSecretRef: Schema.object({
          description: 'The Secret key holding the password, in the cluster\'s namespace.',
          required: ['name'],
          properties: {
            name: Schema.string({ description: 'Name of the Secret.' }),
            key: Schema.string({ default: 'password', description: 'Key in the Secret.' }),
          },
        }),
      },
    }), ['name'], {
      maxItems: 32,
      description: 'ACL users, merged by name on server-side apply.',
      validations: [Cel.rule("self.all(u, u.name != 'default')", { message: 'the user "default" is managed by the operator' })],
    }),
  },
});

const v1Status = Schema.object({
  description: 'The observed state of the cache cluster, written by the operator.',
  properties: {
    replicas: Schema.integer({ format: 'int32', description: 'Nodes that exist.' }),
    readyReplicas: Schema.integer({ format: 'int32', description: 'Nodes that are ready.' }),
    selector: Schema.string({ description: 'Label selector of the nodes\' pods, for the HorizontalPodAutoscaler.' }),
    primary: Schema.string({ description: 'Pod name of the current primary.' }),
    endpoint: Schema.string({ description: 'host:port clients connect to.' }),
    observedGeneration: observedGenerationSchema(),
    conditions: conditionsSchema(),
  },
});

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
      categories: ['cache'],
      versions: [
        // v1 comes first: `cdk8s import` gives the first version the plain class name (CacheCluster).
        {
          name: 'v1',
          served: true,
          storage: true,
          statusSubresource: true,
          scale: { specReplicasPath: '.spec.replicas', statusReplicasPath: '.status.replicas', labelSelectorPath: '.status.selector' },
          printerColumns: [
            { name: 'Engine', type: 'string', jsonPath: '.spec.engine' },
            { name: 'Version', type: 'string', jsonPath: '.spec.version' },
            { name: 'Replicas', type: 'integer', jsonPath: '.spec.replicas' },
            { name: 'Ready', type: 'integer', jsonPath: '.status.readyReplicas' },
            { name: 'Status', type: 'string', jsonPath: '.status.conditions[?(@.type=="Ready")].status' },
            { name: 'Endpoint', type: 'string', jsonPath: '.status.endpoint', priority: 1 },
            { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' },
          ],
          // No selectableFields / rule fieldPath: the target is Kubernetes 1.27 (cdk8s-plus-27), whose API server
          // does not know them (1.30 and 1.28); `opkit validate` rejects them as unknown fields there.
          schema: Schema.resource({
            description: 'CacheCluster is a replicated in-memory cache (Valkey or Redis) run by the cache operator.',
            required: ['spec'],
            spec: v1Spec,
            status: v1Status,
          }),
        },
        {
          name: 'v1alpha1',
          served: true,
          storage: false,
          deprecated: true,
          deprecationWarning: 'cache.opkit.dev/v1alpha1 CacheCluster is deprecated; use cache.opkit.dev/v1',
          statusSubresource: true,
          schema: Schema.resource({
            description: 'CacheCluster (v1alpha1, deprecated) is a replicated in-memory cache.',
            spec: Schema.object({
              required: ['version'],
              properties: {
                replicas: Schema.integer({ minimum: 1, maximum: 9, default: 3, description: 'Number of cache nodes.' }),
                version: Schema.string({ pattern: ENGINE_VERSION, description: 'Engine version, e.g. 7.2.' }),
                maxMemory,
              },
            }),
            status: Schema.object({ properties: { readyReplicas: Schema.integer({ description: 'Nodes that are ready.' }) } }),
          }),
        },
      ],
    });
  }
}
