import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * CacheBackup takes snapshots of a CacheCluster and keeps them according to a retention policy.
 *
 * @schema CacheBackup
 */
export declare class CacheBackup extends ApiObject {
    /**
     * Returns the apiVersion and kind for "CacheBackup"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "CacheBackup".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: CacheBackupProps): any;
    /**
     * Defines a "CacheBackup" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: CacheBackupProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * CacheBackup takes snapshots of a CacheCluster and keeps them according to a retention policy.
 *
 * @schema CacheBackup
 */
export interface CacheBackupProps {
    /**
     * @schema CacheBackup#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * What to back up, when, where to, and how long to keep it.
     *
     * @schema CacheBackup#spec
     */
    readonly spec: CacheBackupSpec;
}
/**
 * Converts an object of type 'CacheBackupProps' to JSON representation.
 */
export declare function toJson_CacheBackupProps(obj: CacheBackupProps | undefined): Record<string, any> | undefined;
/**
 * What to back up, when, where to, and how long to keep it.
 *
 * @schema CacheBackupSpec
 */
export interface CacheBackupSpec {
    /**
     * The CacheCluster to back up, in the same namespace. Cannot change: create another CacheBackup.
     *
     * @schema CacheBackupSpec#clusterRef
     */
    readonly clusterRef: CacheBackupSpecClusterRef;
    /**
     * Compression of the snapshot file.
     *
     * @schema CacheBackupSpec#compression
     */
    readonly compression?: CacheBackupSpecCompression;
    /**
     * Where backups are written: exactly one of s3 or volume.
     *
     * @schema CacheBackupSpec#destination
     */
    readonly destination: CacheBackupSpecDestination;
    /**
     * Which backups to keep; older ones are deleted after each successful backup.
     *
     * @schema CacheBackupSpec#retention
     */
    readonly retention?: CacheBackupSpecRetention;
    /**
     * Cron schedule (e.g. "0 3 * * *" or @daily). Without it, one backup is taken right away.
     *
     * @schema CacheBackupSpec#schedule
     */
    readonly schedule?: string;
    /**
     * Pause scheduled backups without deleting existing ones.
     *
     * @schema CacheBackupSpec#suspend
     */
    readonly suspend?: boolean;
}
/**
 * Converts an object of type 'CacheBackupSpec' to JSON representation.
 */
export declare function toJson_CacheBackupSpec(obj: CacheBackupSpec | undefined): Record<string, any> | undefined;
/**
 * The CacheCluster to back up, in the same namespace. Cannot change: create another CacheBackup.
 *
 * @schema CacheBackupSpecClusterRef
 */
export interface CacheBackupSpecClusterRef {
    /**
     * Name of the CacheCluster.
     *
     * @schema CacheBackupSpecClusterRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'CacheBackupSpecClusterRef' to JSON representation.
 */
export declare function toJson_CacheBackupSpecClusterRef(obj: CacheBackupSpecClusterRef | undefined): Record<string, any> | undefined;
/**
 * Compression of the snapshot file.
 *
 * @schema CacheBackupSpecCompression
 */
export declare enum CacheBackupSpecCompression {
    /** none */
    NONE = "none",
    /** gzip */
    GZIP = "gzip",
    /** zstd */
    ZSTD = "zstd"
}
/**
 * Where backups are written: exactly one of s3 or volume.
 *
 * @schema CacheBackupSpecDestination
 */
export interface CacheBackupSpecDestination {
    /**
     * An S3-compatible bucket.
     *
     * @schema CacheBackupSpecDestination#s3
     */
    readonly s3?: CacheBackupSpecDestinationS3;
    /**
     * A PersistentVolumeClaim in the backup's namespace.
     *
     * @schema CacheBackupSpecDestination#volume
     */
    readonly volume?: CacheBackupSpecDestinationVolume;
}
/**
 * Converts an object of type 'CacheBackupSpecDestination' to JSON representation.
 */
export declare function toJson_CacheBackupSpecDestination(obj: CacheBackupSpecDestination | undefined): Record<string, any> | undefined;
/**
 * Which backups to keep; older ones are deleted after each successful backup.
 *
 * @schema CacheBackupSpecRetention
 */
export interface CacheBackupSpecRetention {
    /**
     * Number of most recent backups to keep.
     *
     * @schema CacheBackupSpecRetention#keepLast
     */
    readonly keepLast?: number;
    /**
     * Delete backups older than this, e.g. 30d or 2w.
     *
     * @schema CacheBackupSpecRetention#maxAge
     */
    readonly maxAge?: string;
}
/**
 * Converts an object of type 'CacheBackupSpecRetention' to JSON representation.
 */
export declare function toJson_CacheBackupSpecRetention(obj: CacheBackupSpecRetention | undefined): Record<string, any> | undefined;
/**
 * An S3-compatible bucket.
 *
 * @schema CacheBackupSpecDestinationS3
 */
export interface CacheBackupSpecDestinationS3 {
    /**
     * Bucket name.
     *
     * @schema CacheBackupSpecDestinationS3#bucket
     */
    readonly bucket: string;
    /**
     * A Secret in the backup's namespace.
     *
     * @schema CacheBackupSpecDestinationS3#credentialsSecretRef
     */
    readonly credentialsSecretRef: CacheBackupSpecDestinationS3CredentialsSecretRef;
    /**
     * Endpoint of a non-AWS service, e.g. https://minio.example.com.
     *
     * @schema CacheBackupSpecDestinationS3#endpoint
     */
    readonly endpoint?: string;
    /**
     * Key prefix inside the bucket, e.g. caches/sessions/.
     *
     * @schema CacheBackupSpecDestinationS3#prefix
     */
    readonly prefix?: string;
    /**
     * Bucket region.
     *
     * @schema CacheBackupSpecDestinationS3#region
     */
    readonly region?: string;
}
/**
 * Converts an object of type 'CacheBackupSpecDestinationS3' to JSON representation.
 */
export declare function toJson_CacheBackupSpecDestinationS3(obj: CacheBackupSpecDestinationS3 | undefined): Record<string, any> | undefined;
/**
 * A PersistentVolumeClaim in the backup's namespace.
 *
 * @schema CacheBackupSpecDestinationVolume
 */
export interface CacheBackupSpecDestinationVolume {
    /**
     * Name of the PersistentVolumeClaim.
     *
     * @schema CacheBackupSpecDestinationVolume#claimName
     */
    readonly claimName: string;
}
/**
 * Converts an object of type 'CacheBackupSpecDestinationVolume' to JSON representation.
 */
export declare function toJson_CacheBackupSpecDestinationVolume(obj: CacheBackupSpecDestinationVolume | undefined): Record<string, any> | undefined;
/**
 * A Secret in the backup's namespace.
 *
 * @schema CacheBackupSpecDestinationS3CredentialsSecretRef
 */
export interface CacheBackupSpecDestinationS3CredentialsSecretRef {
    /**
     * Name of the Secret.
     *
     * @schema CacheBackupSpecDestinationS3CredentialsSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'CacheBackupSpecDestinationS3CredentialsSecretRef' to JSON representation.
 */
export declare function toJson_CacheBackupSpecDestinationS3CredentialsSecretRef(obj: CacheBackupSpecDestinationS3CredentialsSecretRef | undefined): Record<string, any> | undefined;
/**
 * CacheCluster is a replicated in-memory cache (Valkey or Redis) run by the cache operator.
 *
 * @schema CacheCluster
 */
export declare class CacheCluster extends ApiObject {
    /**
     * Returns the apiVersion and kind for "CacheCluster"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "CacheCluster".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: CacheClusterProps): any;
    /**
     * Defines a "CacheCluster" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: CacheClusterProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * CacheCluster is a replicated in-memory cache (Valkey or Redis) run by the cache operator.
 *
 * @schema CacheCluster
 */
export interface CacheClusterProps {
    /**
     * @schema CacheCluster#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * The desired state of the cache cluster.
     *
     * @schema CacheCluster#spec
     */
    readonly spec: CacheClusterSpec;
}
/**
 * Converts an object of type 'CacheClusterProps' to JSON representation.
 */
export declare function toJson_CacheClusterProps(obj: CacheClusterProps | undefined): Record<string, any> | undefined;
/**
 * The desired state of the cache cluster.
 *
 * @schema CacheClusterSpec
 */
export interface CacheClusterSpec {
    /**
     * The cache engine.
     *
     * @schema CacheClusterSpec#engine
     */
    readonly engine?: CacheClusterSpecEngine;
    /**
     * What the engine evicts when maxMemory is reached.
     *
     * @schema CacheClusterSpec#evictionPolicy
     */
    readonly evictionPolicy?: CacheClusterSpecEvictionPolicy;
    /**
     * Memory the engine may use for data (maxmemory): a number of bytes or a quantity such as 512Mi. The container limit is set 25% above it for replication buffers.
     *
     * @schema CacheClusterSpec#maxMemory
     */
    readonly maxMemory?: CacheClusterSpecMaxMemory;
    /**
     * How many nodes may be down during a rolling update: a number or a percentage such as 25%.
     *
     * @schema CacheClusterSpec#maxUnavailable
     */
    readonly maxUnavailable?: CacheClusterSpecMaxUnavailable;
    /**
     * Number of cache nodes: one primary, the rest replicas. Scalable with kubectl scale.
     *
     * @schema CacheClusterSpec#replicas
     */
    readonly replicas?: number;
    /**
     * Persistent storage for snapshots and the append-only file.
     *
     * @schema CacheClusterSpec#storage
     */
    readonly storage?: CacheClusterSpecStorage;
    /**
     * ACL users, merged by name on server-side apply.
     *
     * @schema CacheClusterSpec#users
     */
    readonly users?: CacheClusterSpecUsers[];
    /**
     * Engine version, e.g. 8.0.
     *
     * @schema CacheClusterSpec#version
     */
    readonly version: string;
}
/**
 * Converts an object of type 'CacheClusterSpec' to JSON representation.
 */
export declare function toJson_CacheClusterSpec(obj: CacheClusterSpec | undefined): Record<string, any> | undefined;
/**
 * The cache engine.
 *
 * @schema CacheClusterSpecEngine
 */
export declare enum CacheClusterSpecEngine {
    /** valkey */
    VALKEY = "valkey",
    /** redis */
    REDIS = "redis"
}
/**
 * What the engine evicts when maxMemory is reached.
 *
 * @schema CacheClusterSpecEvictionPolicy
 */
export declare enum CacheClusterSpecEvictionPolicy {
    /** noeviction */
    NOEVICTION = "noeviction",
    /** allkeys-lru */
    ALLKEYS_HYPHEN_LRU = "allkeys-lru",
    /** allkeys-lfu */
    ALLKEYS_HYPHEN_LFU = "allkeys-lfu",
    /** volatile-lru */
    VOLATILE_HYPHEN_LRU = "volatile-lru",
    /** volatile-ttl */
    VOLATILE_HYPHEN_TTL = "volatile-ttl"
}
/**
 * Memory the engine may use for data (maxmemory): a number of bytes or a quantity such as 512Mi. The container limit is set 25% above it for replication buffers.
 *
 * @schema CacheClusterSpecMaxMemory
 */
export declare class CacheClusterSpecMaxMemory {
    readonly value: number | string;
    static fromNumber(value: number): CacheClusterSpecMaxMemory;
    static fromString(value: string): CacheClusterSpecMaxMemory;
    private constructor();
}
/**
 * How many nodes may be down during a rolling update: a number or a percentage such as 25%.
 *
 * @schema CacheClusterSpecMaxUnavailable
 */
export declare class CacheClusterSpecMaxUnavailable {
    readonly value: number | string;
    static fromNumber(value: number): CacheClusterSpecMaxUnavailable;
    static fromString(value: string): CacheClusterSpecMaxUnavailable;
    private constructor();
}
/**
 * Persistent storage for snapshots and the append-only file.
 *
 * @schema CacheClusterSpecStorage
 */
export interface CacheClusterSpecStorage {
    /**
     * Volume size per node, e.g. 10Gi.
     *
     * @schema CacheClusterSpecStorage#size
     */
    readonly size: string;
    /**
     * StorageClass of the volumes; cannot change after creation (volumes are not migrated).
     *
     * @schema CacheClusterSpecStorage#storageClassName
     */
    readonly storageClassName?: string;
}
/**
 * Converts an object of type 'CacheClusterSpecStorage' to JSON representation.
 */
export declare function toJson_CacheClusterSpecStorage(obj: CacheClusterSpecStorage | undefined): Record<string, any> | undefined;
/**
 * An ACL user of the cache.
 *
 * @schema CacheClusterSpecUsers
 */
export interface CacheClusterSpecUsers {
    /**
     * What the user may do.
     *
     * @schema CacheClusterSpecUsers#access
     */
    readonly access?: CacheClusterSpecUsersAccess;
    /**
     * Glob of the keys the user may touch, e.g. sessions:*.
     *
     * @schema CacheClusterSpecUsers#keyPattern
     */
    readonly keyPattern?: string;
    /**
     * The user name.
     *
     * @schema CacheClusterSpecUsers#name
     */
    readonly name: string;
    /**
     * The Secret key holding the password, in the cluster's namespace.
     *
     * @schema CacheClusterSpecUsers#passwordSecretRef
     */
    readonly passwordSecretRef: CacheClusterSpecUsersPasswordSecretRef;
}
/**
 * Converts an object of type 'CacheClusterSpecUsers' to JSON representation.
 */
export declare function toJson_CacheClusterSpecUsers(obj: CacheClusterSpecUsers | undefined): Record<string, any> | undefined;
/**
 * What the user may do.
 *
 * @schema CacheClusterSpecUsersAccess
 */
export declare enum CacheClusterSpecUsersAccess {
    /** read */
    READ = "read",
    /** readwrite */
    READWRITE = "readwrite",
    /** admin */
    ADMIN = "admin"
}
/**
 * The Secret key holding the password, in the cluster's namespace.
 *
 * @schema CacheClusterSpecUsersPasswordSecretRef
 */
export interface CacheClusterSpecUsersPasswordSecretRef {
    /**
     * Key in the Secret.
     *
     * @schema CacheClusterSpecUsersPasswordSecretRef#key
     */
    readonly key?: string;
    /**
     * Name of the Secret.
     *
     * @schema CacheClusterSpecUsersPasswordSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'CacheClusterSpecUsersPasswordSecretRef' to JSON representation.
 */
export declare function toJson_CacheClusterSpecUsersPasswordSecretRef(obj: CacheClusterSpecUsersPasswordSecretRef | undefined): Record<string, any> | undefined;
/**
 * CacheCluster (v1alpha1, deprecated) is a replicated in-memory cache.
 *
 * @schema CacheClusterV1Alpha1
 */
export declare class CacheClusterV1Alpha1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "CacheClusterV1Alpha1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "CacheClusterV1Alpha1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: CacheClusterV1Alpha1Props): any;
    /**
     * Defines a "CacheClusterV1Alpha1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: CacheClusterV1Alpha1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * CacheCluster (v1alpha1, deprecated) is a replicated in-memory cache.
 *
 * @schema CacheClusterV1Alpha1
 */
export interface CacheClusterV1Alpha1Props {
    /**
     * @schema CacheClusterV1Alpha1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema CacheClusterV1Alpha1#spec
     */
    readonly spec?: CacheClusterV1Alpha1Spec;
}
/**
 * Converts an object of type 'CacheClusterV1Alpha1Props' to JSON representation.
 */
export declare function toJson_CacheClusterV1Alpha1Props(obj: CacheClusterV1Alpha1Props | undefined): Record<string, any> | undefined;
/**
 * @schema CacheClusterV1Alpha1Spec
 */
export interface CacheClusterV1Alpha1Spec {
    /**
     * Memory the engine may use for data (maxmemory): a number of bytes or a quantity such as 512Mi. The container limit is set 25% above it for replication buffers.
     *
     * @schema CacheClusterV1Alpha1Spec#maxMemory
     */
    readonly maxMemory?: CacheClusterV1Alpha1SpecMaxMemory;
    /**
     * Number of cache nodes.
     *
     * @schema CacheClusterV1Alpha1Spec#replicas
     */
    readonly replicas?: number;
    /**
     * Engine version, e.g. 7.2.
     *
     * @schema CacheClusterV1Alpha1Spec#version
     */
    readonly version: string;
}
/**
 * Converts an object of type 'CacheClusterV1Alpha1Spec' to JSON representation.
 */
export declare function toJson_CacheClusterV1Alpha1Spec(obj: CacheClusterV1Alpha1Spec | undefined): Record<string, any> | undefined;
/**
 * Memory the engine may use for data (maxmemory): a number of bytes or a quantity such as 512Mi. The container limit is set 25% above it for replication buffers.
 *
 * @schema CacheClusterV1Alpha1SpecMaxMemory
 */
export declare class CacheClusterV1Alpha1SpecMaxMemory {
    readonly value: number | string;
    static fromNumber(value: number): CacheClusterV1Alpha1SpecMaxMemory;
    static fromString(value: string): CacheClusterV1Alpha1SpecMaxMemory;
    private constructor();
}
