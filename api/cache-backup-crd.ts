import { Construct } from 'constructs';
import { Cel, conditionsSchema, CustomResourceDefinition, observedGenerationSchema, Schema } from 'opkit';
import { CACHE_GROUP } from './cache-cluster-crd';

const CRON = '^(@(yearly|annually|monthly|weekly|daily|hourly)|(\\S+\\s+){4}\\S+)$';

const secretRef = Schema.object({
  description: 'A Secret in the backup\'s namespace.',
  required: ['name'],
  properties: { name: Schema.string({ description: 'Name of the Secret.' }) },
});

const spec = Schema.object({
  description: 'What to back up, when, where to, and how long to keep it.',
  required: ['clusterRef', 'destination'],
  properties: {
    clusterRef: Schema.object({
      description: 'The CacheCluster to back up, in the same namespace. Cannot change: create another CacheBackup.',
      required: ['name'],
      validations: [Cel.immutable('clusterRef is immutable')],
      properties: { name: Schema.string({ description: 'Name of the CacheCluster.' }) },
    }),
    schedule: Schema.string({
      pattern: CRON,
      description: 'Cron schedule (e.g. "0 3 * * *" or @daily). Without it, one backup is taken right away.',
    }),
    suspend: Schema.boolean({ default: false, description: 'Pause scheduled backups without deleting existing ones.' }),
    compression: Schema.enum(['none', 'gzip', 'zstd'], { default: 'zstd', description: 'Compression of the snapshot file.' }),
    retention: Schema.object({
      description: 'Which backups to keep; older ones are deleted after each successful backup.',
      default: {},
      properties: {
        keepLast: Schema.integer({ minimum: 1, maximum: 100, default: 7, description: 'Number of most recent backups to keep.' }),
        maxAge: Schema.string({ pattern: '^([0-9]+(h|d|w))+$', description: 'Delete backups older than this, e.g. 30d or 2w.' }),
      },
    }),
    destination: Schema.object({
      description: 'Where backups are written: exactly one of s3 or volume.',
      validations: [Cel.exactlyOneOf(['s3', 'volume'])],
      properties: {
        s3: Schema.object({
          description: 'An S3-compatible bucket.',
          required: ['bucket', 'credentialsSecretRef'],
          properties: {
            bucket: Schema.string({ minLength: 3, maxLength: 63, description: 'Bucket name.' }),
            prefix: Schema.string({ description: 'Key prefix inside the bucket, e.g. caches/sessions/.' }),
            region: Schema.string({ description: 'Bucket region.' }),
            endpoint: Schema.string({ format: 'uri', description: 'Endpoint of a non-AWS service, e.g. https://minio.example.com.' }),
            credentialsSecretRef: secretRef,
          },
        }),
        volume: Schema.object({
          description: 'A PersistentVolumeClaim in the backup\'s namespace.',
          required: ['claimName'],
          properties: { claimName: Schema.string({ description: 'Name of the PersistentVolumeClaim.' }) },
        }),
      },
    }),
  },
});

const status = Schema.object({
  description: 'The observed state of the backups, written by the operator.',
  properties: {
    lastBackupTime: Schema.string({ format: 'date-time', description: 'When the last backup finished.' }),
    lastBackup: Schema.string({ description: 'Object key or file name of the last successful backup.' }),
    backups: Schema.integer({ minimum: 0, description: 'Number of backups currently kept.' }),
    observedGeneration: observedGenerationSchema(),
    conditions: conditionsSchema(),
  },
});

/** CacheBackup: scheduled (or one-off) snapshots of a CacheCluster to S3 or a volume, with retention. */
export class CacheBackupCrd extends CustomResourceDefinition {
  constructor(scope: Construct, id: string) {
    super(scope, id, {
      group: CACHE_GROUP,
      kind: 'CacheBackup',
      shortNames: ['cbk'],
      categories: ['cache'],
      versions: [{
        name: 'v1',
        statusSubresource: true,
        printerColumns: [
          { name: 'Cluster', type: 'string', jsonPath: '.spec.clusterRef.name' },
          { name: 'Schedule', type: 'string', jsonPath: '.spec.schedule' },
          { name: 'Last Backup', type: 'date', jsonPath: '.status.lastBackupTime' },
          { name: 'Ready', type: 'string', jsonPath: '.status.conditions[?(@.type=="Ready")].status' },
          { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' },
        ],
        schema: Schema.resource({
          description: 'CacheBackup takes snapshots of a CacheCluster and keeps them according to a retention policy.',
          required: ['spec'],
          spec,
          status,
        }),
      }],
    });
  }
}
