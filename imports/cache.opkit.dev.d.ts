import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 *
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
    static manifest(props?: CacheClusterProps): any;
    /**
     * Defines a "CacheCluster" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: CacheClusterProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema CacheCluster
 */
export interface CacheClusterProps {
    /**
     * @schema CacheCluster#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema CacheCluster#spec
     */
    readonly spec?: CacheClusterSpec;
}
/**
 * Converts an object of type 'CacheClusterProps' to JSON representation.
 */
export declare function toJson_CacheClusterProps(obj: CacheClusterProps | undefined): Record<string, any> | undefined;
/**
 * @schema CacheClusterSpec
 */
export interface CacheClusterSpec {
    /**
     * Number of cache nodes.
     *
     * @schema CacheClusterSpec#replicas
     */
    readonly replicas?: number;
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
