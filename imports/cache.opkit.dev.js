"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CacheClusterV1Alpha1SpecMaxMemory = exports.CacheClusterV1Alpha1 = exports.CacheClusterSpecUsersAccess = exports.CacheClusterSpecMaxUnavailable = exports.CacheClusterSpecMaxMemory = exports.CacheClusterSpecEvictionPolicy = exports.CacheClusterSpecEngine = exports.CacheCluster = exports.CacheBackupSpecCompression = exports.CacheBackup = void 0;
exports.toJson_CacheBackupProps = toJson_CacheBackupProps;
exports.toJson_CacheBackupSpec = toJson_CacheBackupSpec;
exports.toJson_CacheBackupSpecClusterRef = toJson_CacheBackupSpecClusterRef;
exports.toJson_CacheBackupSpecDestination = toJson_CacheBackupSpecDestination;
exports.toJson_CacheBackupSpecRetention = toJson_CacheBackupSpecRetention;
exports.toJson_CacheBackupSpecDestinationS3 = toJson_CacheBackupSpecDestinationS3;
exports.toJson_CacheBackupSpecDestinationVolume = toJson_CacheBackupSpecDestinationVolume;
exports.toJson_CacheBackupSpecDestinationS3CredentialsSecretRef = toJson_CacheBackupSpecDestinationS3CredentialsSecretRef;
exports.toJson_CacheClusterProps = toJson_CacheClusterProps;
exports.toJson_CacheClusterSpec = toJson_CacheClusterSpec;
exports.toJson_CacheClusterSpecStorage = toJson_CacheClusterSpecStorage;
exports.toJson_CacheClusterSpecUsers = toJson_CacheClusterSpecUsers;
exports.toJson_CacheClusterSpecUsersPasswordSecretRef = toJson_CacheClusterSpecUsersPasswordSecretRef;
exports.toJson_CacheClusterV1Alpha1Props = toJson_CacheClusterV1Alpha1Props;
exports.toJson_CacheClusterV1Alpha1Spec = toJson_CacheClusterV1Alpha1Spec;
const cdk8s_1 = require("cdk8s");
class CacheBackup extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'cache.opkit.dev/v1',
        kind: 'CacheBackup',
    };
    static manifest(props) {
        return {
            ...CacheBackup.GVK,
            ...toJson_CacheBackupProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...CacheBackup.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...CacheBackup.GVK,
            ...toJson_CacheBackupProps(resolved),
        };
    }
}
exports.CacheBackup = CacheBackup;
function toJson_CacheBackupProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_CacheBackupSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_CacheBackupSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clusterRef': toJson_CacheBackupSpecClusterRef(obj.clusterRef),
        'compression': obj.compression,
        'destination': toJson_CacheBackupSpecDestination(obj.destination),
        'retention': toJson_CacheBackupSpecRetention(obj.retention),
        'schedule': obj.schedule,
        'suspend': obj.suspend,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_CacheBackupSpecClusterRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var CacheBackupSpecCompression;
(function (CacheBackupSpecCompression) {
    CacheBackupSpecCompression["NONE"] = "none";
    CacheBackupSpecCompression["GZIP"] = "gzip";
    CacheBackupSpecCompression["ZSTD"] = "zstd";
})(CacheBackupSpecCompression || (exports.CacheBackupSpecCompression = CacheBackupSpecCompression = {}));
function toJson_CacheBackupSpecDestination(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        's3': toJson_CacheBackupSpecDestinationS3(obj.s3),
        'volume': toJson_CacheBackupSpecDestinationVolume(obj.volume),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_CacheBackupSpecRetention(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'keepLast': obj.keepLast,
        'maxAge': obj.maxAge,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_CacheBackupSpecDestinationS3(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'bucket': obj.bucket,
        'credentialsSecretRef': toJson_CacheBackupSpecDestinationS3CredentialsSecretRef(obj.credentialsSecretRef),
        'endpoint': obj.endpoint,
        'prefix': obj.prefix,
        'region': obj.region,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_CacheBackupSpecDestinationVolume(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'claimName': obj.claimName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_CacheBackupSpecDestinationS3CredentialsSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
class CacheCluster extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'cache.opkit.dev/v1',
        kind: 'CacheCluster',
    };
    static manifest(props) {
        return {
            ...CacheCluster.GVK,
            ...toJson_CacheClusterProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...CacheCluster.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...CacheCluster.GVK,
            ...toJson_CacheClusterProps(resolved),
        };
    }
}
exports.CacheCluster = CacheCluster;
function toJson_CacheClusterProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_CacheClusterSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_CacheClusterSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'engine': obj.engine,
        'evictionPolicy': obj.evictionPolicy,
        'maxMemory': obj.maxMemory?.value,
        'maxUnavailable': obj.maxUnavailable?.value,
        'replicas': obj.replicas,
        'storage': toJson_CacheClusterSpecStorage(obj.storage),
        'users': obj.users?.map(y => toJson_CacheClusterSpecUsers(y)),
        'version': obj.version,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var CacheClusterSpecEngine;
(function (CacheClusterSpecEngine) {
    CacheClusterSpecEngine["VALKEY"] = "valkey";
    CacheClusterSpecEngine["REDIS"] = "redis";
})(CacheClusterSpecEngine || (exports.CacheClusterSpecEngine = CacheClusterSpecEngine = {}));
var CacheClusterSpecEvictionPolicy;
(function (CacheClusterSpecEvictionPolicy) {
    CacheClusterSpecEvictionPolicy["NOEVICTION"] = "noeviction";
    CacheClusterSpecEvictionPolicy["ALLKEYS_HYPHEN_LRU"] = "allkeys-lru";
    CacheClusterSpecEvictionPolicy["ALLKEYS_HYPHEN_LFU"] = "allkeys-lfu";
    CacheClusterSpecEvictionPolicy["VOLATILE_HYPHEN_LRU"] = "volatile-lru";
    CacheClusterSpecEvictionPolicy["VOLATILE_HYPHEN_TTL"] = "volatile-ttl";
})(CacheClusterSpecEvictionPolicy || (exports.CacheClusterSpecEvictionPolicy = CacheClusterSpecEvictionPolicy = {}));
class CacheClusterSpecMaxMemory {
    value;
    static fromNumber(value) {
        return new CacheClusterSpecMaxMemory(value);
    }
    static fromString(value) {
        return new CacheClusterSpecMaxMemory(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.CacheClusterSpecMaxMemory = CacheClusterSpecMaxMemory;
class CacheClusterSpecMaxUnavailable {
    value;
    static fromNumber(value) {
        return new CacheClusterSpecMaxUnavailable(value);
    }
    static fromString(value) {
        return new CacheClusterSpecMaxUnavailable(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.CacheClusterSpecMaxUnavailable = CacheClusterSpecMaxUnavailable;
function toJson_CacheClusterSpecStorage(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'size': obj.size,
        'storageClassName': obj.storageClassName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_CacheClusterSpecUsers(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'access': obj.access,
        'keyPattern': obj.keyPattern,
        'name': obj.name,
        'passwordSecretRef': toJson_CacheClusterSpecUsersPasswordSecretRef(obj.passwordSecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var CacheClusterSpecUsersAccess;
(function (CacheClusterSpecUsersAccess) {
    CacheClusterSpecUsersAccess["READ"] = "read";
    CacheClusterSpecUsersAccess["READWRITE"] = "readwrite";
    CacheClusterSpecUsersAccess["ADMIN"] = "admin";
})(CacheClusterSpecUsersAccess || (exports.CacheClusterSpecUsersAccess = CacheClusterSpecUsersAccess = {}));
function toJson_CacheClusterSpecUsersPasswordSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
class CacheClusterV1Alpha1 extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'cache.opkit.dev/v1alpha1',
        kind: 'CacheCluster',
    };
    static manifest(props = {}) {
        return {
            ...CacheClusterV1Alpha1.GVK,
            ...toJson_CacheClusterV1Alpha1Props(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...CacheClusterV1Alpha1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...CacheClusterV1Alpha1.GVK,
            ...toJson_CacheClusterV1Alpha1Props(resolved),
        };
    }
}
exports.CacheClusterV1Alpha1 = CacheClusterV1Alpha1;
function toJson_CacheClusterV1Alpha1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_CacheClusterV1Alpha1Spec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_CacheClusterV1Alpha1Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'maxMemory': obj.maxMemory?.value,
        'replicas': obj.replicas,
        'version': obj.version,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
class CacheClusterV1Alpha1SpecMaxMemory {
    value;
    static fromNumber(value) {
        return new CacheClusterV1Alpha1SpecMaxMemory(value);
    }
    static fromString(value) {
        return new CacheClusterV1Alpha1SpecMaxMemory(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.CacheClusterV1Alpha1SpecMaxMemory = CacheClusterV1Alpha1SpecMaxMemory;
