"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests = exports.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits = exports.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests = exports.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesLimits = exports.IssuerSpecAcmeSolversDns01Rfc2136Protocol = exports.IssuerSpecAcmeSolversDns01AzureDnsZoneType = exports.IssuerSpecAcmeSolversDns01AzureDnsEnvironment = exports.IssuerSpecAcmeSolversDns01CnameStrategy = exports.IssuerSpecAcmeExternalAccountBindingKeyAlgorithm = exports.Issuer = exports.CertificateSpecKeystoresPkcs12Profile = exports.CertificateSpecRenewalPolicy = exports.CertificateSpecPrivateKeyRotationPolicy = exports.CertificateSpecPrivateKeyEncoding = exports.CertificateSpecPrivateKeyAlgorithm = exports.CertificateSpecAdditionalOutputFormatsType = exports.CertificateSpecUsages = exports.CertificateSpecSignatureAlgorithm = exports.Certificate = void 0;
exports.toJson_CertificateProps = toJson_CertificateProps;
exports.toJson_CertificateSpec = toJson_CertificateSpec;
exports.toJson_CertificateSpecAdditionalOutputFormats = toJson_CertificateSpecAdditionalOutputFormats;
exports.toJson_CertificateSpecIssuerRef = toJson_CertificateSpecIssuerRef;
exports.toJson_CertificateSpecKeystores = toJson_CertificateSpecKeystores;
exports.toJson_CertificateSpecNameConstraints = toJson_CertificateSpecNameConstraints;
exports.toJson_CertificateSpecOtherNames = toJson_CertificateSpecOtherNames;
exports.toJson_CertificateSpecPrivateKey = toJson_CertificateSpecPrivateKey;
exports.toJson_CertificateSpecRenewal = toJson_CertificateSpecRenewal;
exports.toJson_CertificateSpecSecretTemplate = toJson_CertificateSpecSecretTemplate;
exports.toJson_CertificateSpecSubject = toJson_CertificateSpecSubject;
exports.toJson_CertificateSpecKeystoresJks = toJson_CertificateSpecKeystoresJks;
exports.toJson_CertificateSpecKeystoresPkcs12 = toJson_CertificateSpecKeystoresPkcs12;
exports.toJson_CertificateSpecNameConstraintsExcluded = toJson_CertificateSpecNameConstraintsExcluded;
exports.toJson_CertificateSpecNameConstraintsPermitted = toJson_CertificateSpecNameConstraintsPermitted;
exports.toJson_CertificateSpecRenewalWindows = toJson_CertificateSpecRenewalWindows;
exports.toJson_CertificateSpecKeystoresJksPasswordSecretRef = toJson_CertificateSpecKeystoresJksPasswordSecretRef;
exports.toJson_CertificateSpecKeystoresPkcs12PasswordSecretRef = toJson_CertificateSpecKeystoresPkcs12PasswordSecretRef;
exports.toJson_IssuerProps = toJson_IssuerProps;
exports.toJson_IssuerSpec = toJson_IssuerSpec;
exports.toJson_IssuerSpecAcme = toJson_IssuerSpecAcme;
exports.toJson_IssuerSpecCa = toJson_IssuerSpecCa;
exports.toJson_IssuerSpecSelfSigned = toJson_IssuerSpecSelfSigned;
exports.toJson_IssuerSpecVault = toJson_IssuerSpecVault;
exports.toJson_IssuerSpecVenafi = toJson_IssuerSpecVenafi;
exports.toJson_IssuerSpecAcmeExternalAccountBinding = toJson_IssuerSpecAcmeExternalAccountBinding;
exports.toJson_IssuerSpecAcmePrivateKeySecretRef = toJson_IssuerSpecAcmePrivateKeySecretRef;
exports.toJson_IssuerSpecAcmeSolvers = toJson_IssuerSpecAcmeSolvers;
exports.toJson_IssuerSpecVaultAuth = toJson_IssuerSpecVaultAuth;
exports.toJson_IssuerSpecVaultCaBundleSecretRef = toJson_IssuerSpecVaultCaBundleSecretRef;
exports.toJson_IssuerSpecVaultClientCertSecretRef = toJson_IssuerSpecVaultClientCertSecretRef;
exports.toJson_IssuerSpecVaultClientKeySecretRef = toJson_IssuerSpecVaultClientKeySecretRef;
exports.toJson_IssuerSpecVenafiCloud = toJson_IssuerSpecVenafiCloud;
exports.toJson_IssuerSpecVenafiNgts = toJson_IssuerSpecVenafiNgts;
exports.toJson_IssuerSpecVenafiTpp = toJson_IssuerSpecVenafiTpp;
exports.toJson_IssuerSpecAcmeExternalAccountBindingKeySecretRef = toJson_IssuerSpecAcmeExternalAccountBindingKeySecretRef;
exports.toJson_IssuerSpecAcmeSolversDns01 = toJson_IssuerSpecAcmeSolversDns01;
exports.toJson_IssuerSpecAcmeSolversHttp01 = toJson_IssuerSpecAcmeSolversHttp01;
exports.toJson_IssuerSpecAcmeSolversSelector = toJson_IssuerSpecAcmeSolversSelector;
exports.toJson_IssuerSpecVaultAuthAppRole = toJson_IssuerSpecVaultAuthAppRole;
exports.toJson_IssuerSpecVaultAuthAws = toJson_IssuerSpecVaultAuthAws;
exports.toJson_IssuerSpecVaultAuthClientCertificate = toJson_IssuerSpecVaultAuthClientCertificate;
exports.toJson_IssuerSpecVaultAuthKubernetes = toJson_IssuerSpecVaultAuthKubernetes;
exports.toJson_IssuerSpecVaultAuthTokenSecretRef = toJson_IssuerSpecVaultAuthTokenSecretRef;
exports.toJson_IssuerSpecVenafiCloudApiTokenSecretRef = toJson_IssuerSpecVenafiCloudApiTokenSecretRef;
exports.toJson_IssuerSpecVenafiNgtsCredentialsRef = toJson_IssuerSpecVenafiNgtsCredentialsRef;
exports.toJson_IssuerSpecVenafiTppCaBundleSecretRef = toJson_IssuerSpecVenafiTppCaBundleSecretRef;
exports.toJson_IssuerSpecVenafiTppCredentialsRef = toJson_IssuerSpecVenafiTppCredentialsRef;
exports.toJson_IssuerSpecAcmeSolversDns01AcmeDns = toJson_IssuerSpecAcmeSolversDns01AcmeDns;
exports.toJson_IssuerSpecAcmeSolversDns01Akamai = toJson_IssuerSpecAcmeSolversDns01Akamai;
exports.toJson_IssuerSpecAcmeSolversDns01AzureDns = toJson_IssuerSpecAcmeSolversDns01AzureDns;
exports.toJson_IssuerSpecAcmeSolversDns01CloudDns = toJson_IssuerSpecAcmeSolversDns01CloudDns;
exports.toJson_IssuerSpecAcmeSolversDns01Cloudflare = toJson_IssuerSpecAcmeSolversDns01Cloudflare;
exports.toJson_IssuerSpecAcmeSolversDns01Digitalocean = toJson_IssuerSpecAcmeSolversDns01Digitalocean;
exports.toJson_IssuerSpecAcmeSolversDns01Rfc2136 = toJson_IssuerSpecAcmeSolversDns01Rfc2136;
exports.toJson_IssuerSpecAcmeSolversDns01Route53 = toJson_IssuerSpecAcmeSolversDns01Route53;
exports.toJson_IssuerSpecAcmeSolversDns01Webhook = toJson_IssuerSpecAcmeSolversDns01Webhook;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoute = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoute;
exports.toJson_IssuerSpecAcmeSolversHttp01Ingress = toJson_IssuerSpecAcmeSolversHttp01Ingress;
exports.toJson_IssuerSpecVaultAuthAppRoleSecretRef = toJson_IssuerSpecVaultAuthAppRoleSecretRef;
exports.toJson_IssuerSpecVaultAuthAwsServiceAccountRef = toJson_IssuerSpecVaultAuthAwsServiceAccountRef;
exports.toJson_IssuerSpecVaultAuthKubernetesSecretRef = toJson_IssuerSpecVaultAuthKubernetesSecretRef;
exports.toJson_IssuerSpecVaultAuthKubernetesServiceAccountRef = toJson_IssuerSpecVaultAuthKubernetesServiceAccountRef;
exports.toJson_IssuerSpecAcmeSolversDns01AcmeDnsAccountSecretRef = toJson_IssuerSpecAcmeSolversDns01AcmeDnsAccountSecretRef;
exports.toJson_IssuerSpecAcmeSolversDns01AkamaiAccessTokenSecretRef = toJson_IssuerSpecAcmeSolversDns01AkamaiAccessTokenSecretRef;
exports.toJson_IssuerSpecAcmeSolversDns01AkamaiClientSecretSecretRef = toJson_IssuerSpecAcmeSolversDns01AkamaiClientSecretSecretRef;
exports.toJson_IssuerSpecAcmeSolversDns01AkamaiClientTokenSecretRef = toJson_IssuerSpecAcmeSolversDns01AkamaiClientTokenSecretRef;
exports.toJson_IssuerSpecAcmeSolversDns01AzureDnsClientSecretSecretRef = toJson_IssuerSpecAcmeSolversDns01AzureDnsClientSecretSecretRef;
exports.toJson_IssuerSpecAcmeSolversDns01AzureDnsManagedIdentity = toJson_IssuerSpecAcmeSolversDns01AzureDnsManagedIdentity;
exports.toJson_IssuerSpecAcmeSolversDns01CloudDnsServiceAccountSecretRef = toJson_IssuerSpecAcmeSolversDns01CloudDnsServiceAccountSecretRef;
exports.toJson_IssuerSpecAcmeSolversDns01CloudflareApiKeySecretRef = toJson_IssuerSpecAcmeSolversDns01CloudflareApiKeySecretRef;
exports.toJson_IssuerSpecAcmeSolversDns01CloudflareApiTokenSecretRef = toJson_IssuerSpecAcmeSolversDns01CloudflareApiTokenSecretRef;
exports.toJson_IssuerSpecAcmeSolversDns01DigitaloceanTokenSecretRef = toJson_IssuerSpecAcmeSolversDns01DigitaloceanTokenSecretRef;
exports.toJson_IssuerSpecAcmeSolversDns01Rfc2136TsigSecretSecretRef = toJson_IssuerSpecAcmeSolversDns01Rfc2136TsigSecretSecretRef;
exports.toJson_IssuerSpecAcmeSolversDns01Route53AccessKeyIdSecretRef = toJson_IssuerSpecAcmeSolversDns01Route53AccessKeyIdSecretRef;
exports.toJson_IssuerSpecAcmeSolversDns01Route53Auth = toJson_IssuerSpecAcmeSolversDns01Route53Auth;
exports.toJson_IssuerSpecAcmeSolversDns01Route53SecretAccessKeySecretRef = toJson_IssuerSpecAcmeSolversDns01Route53SecretAccessKeySecretRef;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRouteParentRefs = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRouteParentRefs;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplate = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplate;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressIngressTemplate = toJson_IssuerSpecAcmeSolversHttp01IngressIngressTemplate;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplate = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplate;
exports.toJson_IssuerSpecAcmeSolversDns01Route53AuthKubernetes = toJson_IssuerSpecAcmeSolversDns01Route53AuthKubernetes;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateMetadata = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateMetadata;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpec = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpec;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressIngressTemplateMetadata = toJson_IssuerSpecAcmeSolversHttp01IngressIngressTemplateMetadata;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateMetadata = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateMetadata;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpec = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpec;
exports.toJson_IssuerSpecAcmeSolversDns01Route53AuthKubernetesServiceAccountRef = toJson_IssuerSpecAcmeSolversDns01Route53AuthKubernetesServiceAccountRef;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinity = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinity;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecImagePullSecrets = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecImagePullSecrets;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResources = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResources;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecSecurityContext = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecSecurityContext;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecTolerations = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecTolerations;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinity = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinity;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecImagePullSecrets = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecImagePullSecrets;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResources = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResources;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecSecurityContext = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecSecurityContext;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecTolerations = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecTolerations;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinity = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinity;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinity = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinity;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinity = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinity;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecSecurityContextSeLinuxOptions = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecSecurityContextSeLinuxOptions;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecSecurityContextSeccompProfile = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecSecurityContextSeccompProfile;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecSecurityContextSysctls = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecSecurityContextSysctls;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinity = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinity;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinity = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinity;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinity = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinity;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecSecurityContextSeLinuxOptions = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecSecurityContextSeLinuxOptions;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecSecurityContextSeccompProfile = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecSecurityContextSeccompProfile;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecSecurityContextSysctls = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecSecurityContextSysctls;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions;
exports.toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions = toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions;
exports.toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions = toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions;
const cdk8s_1 = require("cdk8s");
class Certificate extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'cert-manager.io/v1',
        kind: 'Certificate',
    };
    static manifest(props = {}) {
        return {
            ...Certificate.GVK,
            ...toJson_CertificateProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...Certificate.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...Certificate.GVK,
            ...toJson_CertificateProps(resolved),
        };
    }
}
exports.Certificate = Certificate;
function toJson_CertificateProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_CertificateSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_CertificateSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'additionalOutputFormats': obj.additionalOutputFormats?.map(y => toJson_CertificateSpecAdditionalOutputFormats(y)),
        'commonName': obj.commonName,
        'dnsNames': obj.dnsNames?.map(y => y),
        'duration': obj.duration,
        'emailAddresses': obj.emailAddresses?.map(y => y),
        'encodeUsagesInRequest': obj.encodeUsagesInRequest,
        'ipAddresses': obj.ipAddresses?.map(y => y),
        'isCA': obj.isCa,
        'issuerRef': toJson_CertificateSpecIssuerRef(obj.issuerRef),
        'keystores': toJson_CertificateSpecKeystores(obj.keystores),
        'literalSubject': obj.literalSubject,
        'nameConstraints': toJson_CertificateSpecNameConstraints(obj.nameConstraints),
        'otherNames': obj.otherNames?.map(y => toJson_CertificateSpecOtherNames(y)),
        'privateKey': toJson_CertificateSpecPrivateKey(obj.privateKey),
        'renewBefore': obj.renewBefore,
        'renewBeforePercentage': obj.renewBeforePercentage,
        'renewal': toJson_CertificateSpecRenewal(obj.renewal),
        'revisionHistoryLimit': obj.revisionHistoryLimit,
        'secretName': obj.secretName,
        'secretTemplate': toJson_CertificateSpecSecretTemplate(obj.secretTemplate),
        'signatureAlgorithm': obj.signatureAlgorithm,
        'subject': toJson_CertificateSpecSubject(obj.subject),
        'uris': obj.uris?.map(y => y),
        'usages': obj.usages?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_CertificateSpecAdditionalOutputFormats(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_CertificateSpecIssuerRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_CertificateSpecKeystores(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'jks': toJson_CertificateSpecKeystoresJks(obj.jks),
        'pkcs12': toJson_CertificateSpecKeystoresPkcs12(obj.pkcs12),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_CertificateSpecNameConstraints(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'critical': obj.critical,
        'excluded': toJson_CertificateSpecNameConstraintsExcluded(obj.excluded),
        'permitted': toJson_CertificateSpecNameConstraintsPermitted(obj.permitted),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_CertificateSpecOtherNames(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'oid': obj.oid,
        'utf8Value': obj.utf8Value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_CertificateSpecPrivateKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'algorithm': obj.algorithm,
        'encoding': obj.encoding,
        'rotationPolicy': obj.rotationPolicy,
        'size': obj.size,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_CertificateSpecRenewal(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'policy': obj.policy,
        'windows': obj.windows?.map(y => toJson_CertificateSpecRenewalWindows(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_CertificateSpecSecretTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var CertificateSpecSignatureAlgorithm;
(function (CertificateSpecSignatureAlgorithm) {
    CertificateSpecSignatureAlgorithm["SHA256_WITH_RSA"] = "SHA256WithRSA";
    CertificateSpecSignatureAlgorithm["SHA384_WITH_RSA"] = "SHA384WithRSA";
    CertificateSpecSignatureAlgorithm["SHA512_WITH_RSA"] = "SHA512WithRSA";
    CertificateSpecSignatureAlgorithm["ECDSA_WITH_SHA256"] = "ECDSAWithSHA256";
    CertificateSpecSignatureAlgorithm["ECDSA_WITH_SHA384"] = "ECDSAWithSHA384";
    CertificateSpecSignatureAlgorithm["ECDSA_WITH_SHA512"] = "ECDSAWithSHA512";
    CertificateSpecSignatureAlgorithm["PURE_ED25519"] = "PureEd25519";
})(CertificateSpecSignatureAlgorithm || (exports.CertificateSpecSignatureAlgorithm = CertificateSpecSignatureAlgorithm = {}));
function toJson_CertificateSpecSubject(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'countries': obj.countries?.map(y => y),
        'localities': obj.localities?.map(y => y),
        'organizationalUnits': obj.organizationalUnits?.map(y => y),
        'organizations': obj.organizations?.map(y => y),
        'postalCodes': obj.postalCodes?.map(y => y),
        'provinces': obj.provinces?.map(y => y),
        'serialNumber': obj.serialNumber,
        'streetAddresses': obj.streetAddresses?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var CertificateSpecUsages;
(function (CertificateSpecUsages) {
    CertificateSpecUsages["SIGNING"] = "signing";
    CertificateSpecUsages["DIGITAL_SIGNATURE"] = "digital signature";
    CertificateSpecUsages["CONTENT_COMMITMENT"] = "content commitment";
    CertificateSpecUsages["KEY_ENCIPHERMENT"] = "key encipherment";
    CertificateSpecUsages["KEY_AGREEMENT"] = "key agreement";
    CertificateSpecUsages["DATA_ENCIPHERMENT"] = "data encipherment";
    CertificateSpecUsages["CERT_SIGN"] = "cert sign";
    CertificateSpecUsages["CRL_SIGN"] = "crl sign";
    CertificateSpecUsages["ENCIPHER_ONLY"] = "encipher only";
    CertificateSpecUsages["DECIPHER_ONLY"] = "decipher only";
    CertificateSpecUsages["ANY"] = "any";
    CertificateSpecUsages["SERVER_AUTH"] = "server auth";
    CertificateSpecUsages["CLIENT_AUTH"] = "client auth";
    CertificateSpecUsages["CODE_SIGNING"] = "code signing";
    CertificateSpecUsages["EMAIL_PROTECTION"] = "email protection";
    CertificateSpecUsages["S_FORWARD_SLASH_MIME"] = "s/mime";
    CertificateSpecUsages["IPSEC_END_SYSTEM"] = "ipsec end system";
    CertificateSpecUsages["IPSEC_TUNNEL"] = "ipsec tunnel";
    CertificateSpecUsages["IPSEC_USER"] = "ipsec user";
    CertificateSpecUsages["TIMESTAMPING"] = "timestamping";
    CertificateSpecUsages["OCSP_SIGNING"] = "ocsp signing";
    CertificateSpecUsages["MICROSOFT_SGC"] = "microsoft sgc";
    CertificateSpecUsages["NETSCAPE_SGC"] = "netscape sgc";
})(CertificateSpecUsages || (exports.CertificateSpecUsages = CertificateSpecUsages = {}));
var CertificateSpecAdditionalOutputFormatsType;
(function (CertificateSpecAdditionalOutputFormatsType) {
    CertificateSpecAdditionalOutputFormatsType["DER"] = "DER";
    CertificateSpecAdditionalOutputFormatsType["COMBINED_PEM"] = "CombinedPEM";
})(CertificateSpecAdditionalOutputFormatsType || (exports.CertificateSpecAdditionalOutputFormatsType = CertificateSpecAdditionalOutputFormatsType = {}));
function toJson_CertificateSpecKeystoresJks(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'alias': obj.alias,
        'create': obj.create,
        'password': obj.password,
        'passwordSecretRef': toJson_CertificateSpecKeystoresJksPasswordSecretRef(obj.passwordSecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_CertificateSpecKeystoresPkcs12(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'create': obj.create,
        'password': obj.password,
        'passwordSecretRef': toJson_CertificateSpecKeystoresPkcs12PasswordSecretRef(obj.passwordSecretRef),
        'profile': obj.profile,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_CertificateSpecNameConstraintsExcluded(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'dnsDomains': obj.dnsDomains?.map(y => y),
        'emailAddresses': obj.emailAddresses?.map(y => y),
        'ipRanges': obj.ipRanges?.map(y => y),
        'uriDomains': obj.uriDomains?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_CertificateSpecNameConstraintsPermitted(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'dnsDomains': obj.dnsDomains?.map(y => y),
        'emailAddresses': obj.emailAddresses?.map(y => y),
        'ipRanges': obj.ipRanges?.map(y => y),
        'uriDomains': obj.uriDomains?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var CertificateSpecPrivateKeyAlgorithm;
(function (CertificateSpecPrivateKeyAlgorithm) {
    CertificateSpecPrivateKeyAlgorithm["RSA"] = "RSA";
    CertificateSpecPrivateKeyAlgorithm["ECDSA"] = "ECDSA";
    CertificateSpecPrivateKeyAlgorithm["ED25519"] = "Ed25519";
})(CertificateSpecPrivateKeyAlgorithm || (exports.CertificateSpecPrivateKeyAlgorithm = CertificateSpecPrivateKeyAlgorithm = {}));
var CertificateSpecPrivateKeyEncoding;
(function (CertificateSpecPrivateKeyEncoding) {
    CertificateSpecPrivateKeyEncoding["PKCS1"] = "PKCS1";
    CertificateSpecPrivateKeyEncoding["PKCS8"] = "PKCS8";
})(CertificateSpecPrivateKeyEncoding || (exports.CertificateSpecPrivateKeyEncoding = CertificateSpecPrivateKeyEncoding = {}));
var CertificateSpecPrivateKeyRotationPolicy;
(function (CertificateSpecPrivateKeyRotationPolicy) {
    CertificateSpecPrivateKeyRotationPolicy["NEVER"] = "Never";
    CertificateSpecPrivateKeyRotationPolicy["ALWAYS"] = "Always";
})(CertificateSpecPrivateKeyRotationPolicy || (exports.CertificateSpecPrivateKeyRotationPolicy = CertificateSpecPrivateKeyRotationPolicy = {}));
var CertificateSpecRenewalPolicy;
(function (CertificateSpecRenewalPolicy) {
    CertificateSpecRenewalPolicy["RENEW_BEFORE"] = "RenewBefore";
    CertificateSpecRenewalPolicy["DISABLED"] = "Disabled";
})(CertificateSpecRenewalPolicy || (exports.CertificateSpecRenewalPolicy = CertificateSpecRenewalPolicy = {}));
function toJson_CertificateSpecRenewalWindows(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cron': obj.cron,
        'timezone': obj.timezone,
        'windowDuration': obj.windowDuration,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_CertificateSpecKeystoresJksPasswordSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_CertificateSpecKeystoresPkcs12PasswordSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var CertificateSpecKeystoresPkcs12Profile;
(function (CertificateSpecKeystoresPkcs12Profile) {
    CertificateSpecKeystoresPkcs12Profile["LEGACY_RC2"] = "LegacyRC2";
    CertificateSpecKeystoresPkcs12Profile["LEGACY_DES"] = "LegacyDES";
    CertificateSpecKeystoresPkcs12Profile["MODERN2023"] = "Modern2023";
    CertificateSpecKeystoresPkcs12Profile["MODERN2026"] = "Modern2026";
})(CertificateSpecKeystoresPkcs12Profile || (exports.CertificateSpecKeystoresPkcs12Profile = CertificateSpecKeystoresPkcs12Profile = {}));
class Issuer extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'cert-manager.io/v1',
        kind: 'Issuer',
    };
    static manifest(props) {
        return {
            ...Issuer.GVK,
            ...toJson_IssuerProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...Issuer.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...Issuer.GVK,
            ...toJson_IssuerProps(resolved),
        };
    }
}
exports.Issuer = Issuer;
function toJson_IssuerProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_IssuerSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'acme': toJson_IssuerSpecAcme(obj.acme),
        'ca': toJson_IssuerSpecCa(obj.ca),
        'selfSigned': toJson_IssuerSpecSelfSigned(obj.selfSigned),
        'vault': toJson_IssuerSpecVault(obj.vault),
        'venafi': toJson_IssuerSpecVenafi(obj.venafi),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcme(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caBundle': obj.caBundle,
        'disableAccountKeyGeneration': obj.disableAccountKeyGeneration,
        'email': obj.email,
        'enableDurationFeature': obj.enableDurationFeature,
        'externalAccountBinding': toJson_IssuerSpecAcmeExternalAccountBinding(obj.externalAccountBinding),
        'preferredChain': obj.preferredChain,
        'privateKeySecretRef': toJson_IssuerSpecAcmePrivateKeySecretRef(obj.privateKeySecretRef),
        'profile': obj.profile,
        'server': obj.server,
        'skipTLSVerify': obj.skipTlsVerify,
        'solvers': obj.solvers?.map(y => toJson_IssuerSpecAcmeSolvers(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecCa(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'crlDistributionPoints': obj.crlDistributionPoints?.map(y => y),
        'issuingCertificateURLs': obj.issuingCertificateUrLs?.map(y => y),
        'ocspServers': obj.ocspServers?.map(y => y),
        'secretName': obj.secretName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecSelfSigned(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'crlDistributionPoints': obj.crlDistributionPoints?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecVault(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_IssuerSpecVaultAuth(obj.auth),
        'caBundle': obj.caBundle,
        'caBundleSecretRef': toJson_IssuerSpecVaultCaBundleSecretRef(obj.caBundleSecretRef),
        'clientCertSecretRef': toJson_IssuerSpecVaultClientCertSecretRef(obj.clientCertSecretRef),
        'clientKeySecretRef': toJson_IssuerSpecVaultClientKeySecretRef(obj.clientKeySecretRef),
        'namespace': obj.namespace,
        'path': obj.path,
        'server': obj.server,
        'serverName': obj.serverName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecVenafi(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cloud': toJson_IssuerSpecVenafiCloud(obj.cloud),
        'ngts': toJson_IssuerSpecVenafiNgts(obj.ngts),
        'tpp': toJson_IssuerSpecVenafiTpp(obj.tpp),
        'zone': obj.zone,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeExternalAccountBinding(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'keyAlgorithm': obj.keyAlgorithm,
        'keyID': obj.keyId,
        'keySecretRef': toJson_IssuerSpecAcmeExternalAccountBindingKeySecretRef(obj.keySecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmePrivateKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolvers(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'dns01': toJson_IssuerSpecAcmeSolversDns01(obj.dns01),
        'http01': toJson_IssuerSpecAcmeSolversHttp01(obj.http01),
        'selector': toJson_IssuerSpecAcmeSolversSelector(obj.selector),
        'waitInsteadOfSelfCheck': obj.waitInsteadOfSelfCheck,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecVaultAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'appRole': toJson_IssuerSpecVaultAuthAppRole(obj.appRole),
        'aws': toJson_IssuerSpecVaultAuthAws(obj.aws),
        'clientCertificate': toJson_IssuerSpecVaultAuthClientCertificate(obj.clientCertificate),
        'kubernetes': toJson_IssuerSpecVaultAuthKubernetes(obj.kubernetes),
        'tokenSecretRef': toJson_IssuerSpecVaultAuthTokenSecretRef(obj.tokenSecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecVaultCaBundleSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecVaultClientCertSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecVaultClientKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecVenafiCloud(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiTokenSecretRef': toJson_IssuerSpecVenafiCloudApiTokenSecretRef(obj.apiTokenSecretRef),
        'url': obj.url,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecVenafiNgts(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'credentialsRef': toJson_IssuerSpecVenafiNgtsCredentialsRef(obj.credentialsRef),
        'tokenEndpoint': obj.tokenEndpoint,
        'tsgID': obj.tsgId,
        'url': obj.url,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecVenafiTpp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caBundle': obj.caBundle,
        'caBundleSecretRef': toJson_IssuerSpecVenafiTppCaBundleSecretRef(obj.caBundleSecretRef),
        'credentialsRef': toJson_IssuerSpecVenafiTppCredentialsRef(obj.credentialsRef),
        'url': obj.url,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var IssuerSpecAcmeExternalAccountBindingKeyAlgorithm;
(function (IssuerSpecAcmeExternalAccountBindingKeyAlgorithm) {
    IssuerSpecAcmeExternalAccountBindingKeyAlgorithm["HS256"] = "HS256";
    IssuerSpecAcmeExternalAccountBindingKeyAlgorithm["HS384"] = "HS384";
    IssuerSpecAcmeExternalAccountBindingKeyAlgorithm["HS512"] = "HS512";
})(IssuerSpecAcmeExternalAccountBindingKeyAlgorithm || (exports.IssuerSpecAcmeExternalAccountBindingKeyAlgorithm = IssuerSpecAcmeExternalAccountBindingKeyAlgorithm = {}));
function toJson_IssuerSpecAcmeExternalAccountBindingKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversDns01(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'acmeDNS': toJson_IssuerSpecAcmeSolversDns01AcmeDns(obj.acmeDns),
        'akamai': toJson_IssuerSpecAcmeSolversDns01Akamai(obj.akamai),
        'azureDNS': toJson_IssuerSpecAcmeSolversDns01AzureDns(obj.azureDns),
        'cloudDNS': toJson_IssuerSpecAcmeSolversDns01CloudDns(obj.cloudDns),
        'cloudflare': toJson_IssuerSpecAcmeSolversDns01Cloudflare(obj.cloudflare),
        'cnameStrategy': obj.cnameStrategy,
        'digitalocean': toJson_IssuerSpecAcmeSolversDns01Digitalocean(obj.digitalocean),
        'rfc2136': toJson_IssuerSpecAcmeSolversDns01Rfc2136(obj.rfc2136),
        'route53': toJson_IssuerSpecAcmeSolversDns01Route53(obj.route53),
        'webhook': toJson_IssuerSpecAcmeSolversDns01Webhook(obj.webhook),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'gatewayHTTPRoute': toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoute(obj.gatewayHttpRoute),
        'ingress': toJson_IssuerSpecAcmeSolversHttp01Ingress(obj.ingress),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'dnsNames': obj.dnsNames?.map(y => y),
        'dnsZones': obj.dnsZones?.map(y => y),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecVaultAuthAppRole(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
        'roleId': obj.roleId,
        'secretRef': toJson_IssuerSpecVaultAuthAppRoleSecretRef(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecVaultAuthAws(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'iamRoleArn': obj.iamRoleArn,
        'mountPath': obj.mountPath,
        'region': obj.region,
        'role': obj.role,
        'serviceAccountRef': toJson_IssuerSpecVaultAuthAwsServiceAccountRef(obj.serviceAccountRef),
        'vaultHeaderValue': obj.vaultHeaderValue,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecVaultAuthClientCertificate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mountPath': obj.mountPath,
        'name': obj.name,
        'secretName': obj.secretName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecVaultAuthKubernetes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mountPath': obj.mountPath,
        'role': obj.role,
        'secretRef': toJson_IssuerSpecVaultAuthKubernetesSecretRef(obj.secretRef),
        'serviceAccountRef': toJson_IssuerSpecVaultAuthKubernetesServiceAccountRef(obj.serviceAccountRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecVaultAuthTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecVenafiCloudApiTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecVenafiNgtsCredentialsRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecVenafiTppCaBundleSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecVenafiTppCredentialsRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversDns01AcmeDns(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accountSecretRef': toJson_IssuerSpecAcmeSolversDns01AcmeDnsAccountSecretRef(obj.accountSecretRef),
        'host': obj.host,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversDns01Akamai(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessTokenSecretRef': toJson_IssuerSpecAcmeSolversDns01AkamaiAccessTokenSecretRef(obj.accessTokenSecretRef),
        'clientSecretSecretRef': toJson_IssuerSpecAcmeSolversDns01AkamaiClientSecretSecretRef(obj.clientSecretSecretRef),
        'clientTokenSecretRef': toJson_IssuerSpecAcmeSolversDns01AkamaiClientTokenSecretRef(obj.clientTokenSecretRef),
        'serviceConsumerDomain': obj.serviceConsumerDomain,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversDns01AzureDns(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientID': obj.clientId,
        'clientSecretSecretRef': toJson_IssuerSpecAcmeSolversDns01AzureDnsClientSecretSecretRef(obj.clientSecretSecretRef),
        'environment': obj.environment,
        'hostedZoneName': obj.hostedZoneName,
        'managedIdentity': toJson_IssuerSpecAcmeSolversDns01AzureDnsManagedIdentity(obj.managedIdentity),
        'resourceGroupName': obj.resourceGroupName,
        'subscriptionID': obj.subscriptionId,
        'tenantID': obj.tenantId,
        'zoneType': obj.zoneType,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversDns01CloudDns(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostedZoneName': obj.hostedZoneName,
        'project': obj.project,
        'serviceAccountSecretRef': toJson_IssuerSpecAcmeSolversDns01CloudDnsServiceAccountSecretRef(obj.serviceAccountSecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversDns01Cloudflare(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiKeySecretRef': toJson_IssuerSpecAcmeSolversDns01CloudflareApiKeySecretRef(obj.apiKeySecretRef),
        'apiTokenSecretRef': toJson_IssuerSpecAcmeSolversDns01CloudflareApiTokenSecretRef(obj.apiTokenSecretRef),
        'email': obj.email,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var IssuerSpecAcmeSolversDns01CnameStrategy;
(function (IssuerSpecAcmeSolversDns01CnameStrategy) {
    IssuerSpecAcmeSolversDns01CnameStrategy["NONE"] = "None";
    IssuerSpecAcmeSolversDns01CnameStrategy["FOLLOW"] = "Follow";
})(IssuerSpecAcmeSolversDns01CnameStrategy || (exports.IssuerSpecAcmeSolversDns01CnameStrategy = IssuerSpecAcmeSolversDns01CnameStrategy = {}));
function toJson_IssuerSpecAcmeSolversDns01Digitalocean(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'tokenSecretRef': toJson_IssuerSpecAcmeSolversDns01DigitaloceanTokenSecretRef(obj.tokenSecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversDns01Rfc2136(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'nameserver': obj.nameserver,
        'protocol': obj.protocol,
        'tsigAlgorithm': obj.tsigAlgorithm,
        'tsigKeyName': obj.tsigKeyName,
        'tsigSecretSecretRef': toJson_IssuerSpecAcmeSolversDns01Rfc2136TsigSecretSecretRef(obj.tsigSecretSecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversDns01Route53(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessKeyID': obj.accessKeyId,
        'accessKeyIDSecretRef': toJson_IssuerSpecAcmeSolversDns01Route53AccessKeyIdSecretRef(obj.accessKeyIdSecretRef),
        'auth': toJson_IssuerSpecAcmeSolversDns01Route53Auth(obj.auth),
        'hostedZoneID': obj.hostedZoneId,
        'region': obj.region,
        'role': obj.role,
        'secretAccessKeySecretRef': toJson_IssuerSpecAcmeSolversDns01Route53SecretAccessKeySecretRef(obj.secretAccessKeySecretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversDns01Webhook(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'config': obj.config,
        'groupName': obj.groupName,
        'solverName': obj.solverName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoute(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'parentRefs': obj.parentRefs?.map(y => toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRouteParentRefs(y)),
        'podTemplate': toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplate(obj.podTemplate),
        'serviceType': obj.serviceType,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01Ingress(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'class': obj.class,
        'ingressClassName': obj.ingressClassName,
        'ingressTemplate': toJson_IssuerSpecAcmeSolversHttp01IngressIngressTemplate(obj.ingressTemplate),
        'name': obj.name,
        'podTemplate': toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplate(obj.podTemplate),
        'serviceType': obj.serviceType,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecVaultAuthAppRoleSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecVaultAuthAwsServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecVaultAuthKubernetesSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecVaultAuthKubernetesServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversDns01AcmeDnsAccountSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversDns01AkamaiAccessTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversDns01AkamaiClientSecretSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversDns01AkamaiClientTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversDns01AzureDnsClientSecretSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var IssuerSpecAcmeSolversDns01AzureDnsEnvironment;
(function (IssuerSpecAcmeSolversDns01AzureDnsEnvironment) {
    IssuerSpecAcmeSolversDns01AzureDnsEnvironment["AZURE_PUBLIC_CLOUD"] = "AzurePublicCloud";
    IssuerSpecAcmeSolversDns01AzureDnsEnvironment["AZURE_CHINA_CLOUD"] = "AzureChinaCloud";
    IssuerSpecAcmeSolversDns01AzureDnsEnvironment["AZURE_GERMAN_CLOUD"] = "AzureGermanCloud";
    IssuerSpecAcmeSolversDns01AzureDnsEnvironment["AZURE_US_GOVERNMENT_CLOUD"] = "AzureUSGovernmentCloud";
})(IssuerSpecAcmeSolversDns01AzureDnsEnvironment || (exports.IssuerSpecAcmeSolversDns01AzureDnsEnvironment = IssuerSpecAcmeSolversDns01AzureDnsEnvironment = {}));
function toJson_IssuerSpecAcmeSolversDns01AzureDnsManagedIdentity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientID': obj.clientId,
        'resourceID': obj.resourceId,
        'tenantID': obj.tenantId,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var IssuerSpecAcmeSolversDns01AzureDnsZoneType;
(function (IssuerSpecAcmeSolversDns01AzureDnsZoneType) {
    IssuerSpecAcmeSolversDns01AzureDnsZoneType["AZURE_PUBLIC_ZONE"] = "AzurePublicZone";
    IssuerSpecAcmeSolversDns01AzureDnsZoneType["AZURE_PRIVATE_ZONE"] = "AzurePrivateZone";
})(IssuerSpecAcmeSolversDns01AzureDnsZoneType || (exports.IssuerSpecAcmeSolversDns01AzureDnsZoneType = IssuerSpecAcmeSolversDns01AzureDnsZoneType = {}));
function toJson_IssuerSpecAcmeSolversDns01CloudDnsServiceAccountSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversDns01CloudflareApiKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversDns01CloudflareApiTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversDns01DigitaloceanTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var IssuerSpecAcmeSolversDns01Rfc2136Protocol;
(function (IssuerSpecAcmeSolversDns01Rfc2136Protocol) {
    IssuerSpecAcmeSolversDns01Rfc2136Protocol["TCP"] = "TCP";
    IssuerSpecAcmeSolversDns01Rfc2136Protocol["UDP"] = "UDP";
})(IssuerSpecAcmeSolversDns01Rfc2136Protocol || (exports.IssuerSpecAcmeSolversDns01Rfc2136Protocol = IssuerSpecAcmeSolversDns01Rfc2136Protocol = {}));
function toJson_IssuerSpecAcmeSolversDns01Rfc2136TsigSecretSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversDns01Route53AccessKeyIdSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversDns01Route53Auth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kubernetes': toJson_IssuerSpecAcmeSolversDns01Route53AuthKubernetes(obj.kubernetes),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversDns01Route53SecretAccessKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRouteParentRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
        'port': obj.port,
        'sectionName': obj.sectionName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateMetadata(obj.metadata),
        'spec': toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressIngressTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_IssuerSpecAcmeSolversHttp01IngressIngressTemplateMetadata(obj.metadata),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateMetadata(obj.metadata),
        'spec': toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversDns01Route53AuthKubernetes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'serviceAccountRef': toJson_IssuerSpecAcmeSolversDns01Route53AuthKubernetesServiceAccountRef(obj.serviceAccountRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'affinity': toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinity(obj.affinity),
        'imagePullSecrets': obj.imagePullSecrets?.map(y => toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecImagePullSecrets(y)),
        'nodeSelector': ((obj.nodeSelector) === undefined) ? undefined : (Object.entries(obj.nodeSelector).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'priorityClassName': obj.priorityClassName,
        'resources': toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResources(obj.resources),
        'securityContext': toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecSecurityContext(obj.securityContext),
        'serviceAccountName': obj.serviceAccountName,
        'tolerations': obj.tolerations?.map(y => toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecTolerations(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressIngressTemplateMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'affinity': toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinity(obj.affinity),
        'imagePullSecrets': obj.imagePullSecrets?.map(y => toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecImagePullSecrets(y)),
        'nodeSelector': ((obj.nodeSelector) === undefined) ? undefined : (Object.entries(obj.nodeSelector).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'priorityClassName': obj.priorityClassName,
        'resources': toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResources(obj.resources),
        'securityContext': toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecSecurityContext(obj.securityContext),
        'serviceAccountName': obj.serviceAccountName,
        'tolerations': obj.tolerations?.map(y => toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecTolerations(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversDns01Route53AuthKubernetesServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'nodeAffinity': toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinity(obj.nodeAffinity),
        'podAffinity': toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinity(obj.podAffinity),
        'podAntiAffinity': toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinity(obj.podAntiAffinity),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecImagePullSecrets(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecSecurityContext(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fsGroup': obj.fsGroup,
        'fsGroupChangePolicy': obj.fsGroupChangePolicy,
        'runAsGroup': obj.runAsGroup,
        'runAsNonRoot': obj.runAsNonRoot,
        'runAsUser': obj.runAsUser,
        'seLinuxOptions': toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecSecurityContextSeLinuxOptions(obj.seLinuxOptions),
        'seccompProfile': toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecSecurityContextSeccompProfile(obj.seccompProfile),
        'supplementalGroups': obj.supplementalGroups?.map(y => y),
        'sysctls': obj.sysctls?.map(y => toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecSecurityContextSysctls(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecTolerations(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'effect': obj.effect,
        'key': obj.key,
        'operator': obj.operator,
        'tolerationSeconds': obj.tolerationSeconds,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'nodeAffinity': toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinity(obj.nodeAffinity),
        'podAffinity': toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinity(obj.podAffinity),
        'podAntiAffinity': toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinity(obj.podAntiAffinity),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecImagePullSecrets(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecSecurityContext(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fsGroup': obj.fsGroup,
        'fsGroupChangePolicy': obj.fsGroupChangePolicy,
        'runAsGroup': obj.runAsGroup,
        'runAsNonRoot': obj.runAsNonRoot,
        'runAsUser': obj.runAsUser,
        'seLinuxOptions': toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecSecurityContextSeLinuxOptions(obj.seLinuxOptions),
        'seccompProfile': toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecSecurityContextSeccompProfile(obj.seccompProfile),
        'supplementalGroups': obj.supplementalGroups?.map(y => y),
        'sysctls': obj.sysctls?.map(y => toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecSecurityContextSysctls(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecTolerations(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'effect': obj.effect,
        'key': obj.key,
        'operator': obj.operator,
        'tolerationSeconds': obj.tolerationSeconds,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'preferredDuringSchedulingIgnoredDuringExecution': obj.preferredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
        'requiredDuringSchedulingIgnoredDuringExecution': toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj.requiredDuringSchedulingIgnoredDuringExecution),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'preferredDuringSchedulingIgnoredDuringExecution': obj.preferredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
        'requiredDuringSchedulingIgnoredDuringExecution': obj.requiredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'preferredDuringSchedulingIgnoredDuringExecution': obj.preferredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
        'requiredDuringSchedulingIgnoredDuringExecution': obj.requiredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
class IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesLimits {
    value;
    static fromNumber(value) {
        return new IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesLimits(value);
    }
    static fromString(value) {
        return new IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesLimits(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesLimits = IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesLimits;
class IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests {
    value;
    static fromNumber(value) {
        return new IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests(value);
    }
    static fromString(value) {
        return new IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests = IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests;
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecSecurityContextSeLinuxOptions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'level': obj.level,
        'role': obj.role,
        'type': obj.type,
        'user': obj.user,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecSecurityContextSeccompProfile(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'localhostProfile': obj.localhostProfile,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecSecurityContextSysctls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'preferredDuringSchedulingIgnoredDuringExecution': obj.preferredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
        'requiredDuringSchedulingIgnoredDuringExecution': toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj.requiredDuringSchedulingIgnoredDuringExecution),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'preferredDuringSchedulingIgnoredDuringExecution': obj.preferredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
        'requiredDuringSchedulingIgnoredDuringExecution': obj.requiredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'preferredDuringSchedulingIgnoredDuringExecution': obj.preferredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
        'requiredDuringSchedulingIgnoredDuringExecution': obj.requiredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
class IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits {
    value;
    static fromNumber(value) {
        return new IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits(value);
    }
    static fromString(value) {
        return new IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits = IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits;
class IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests {
    value;
    static fromNumber(value) {
        return new IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests(value);
    }
    static fromString(value) {
        return new IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests = IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests;
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecSecurityContextSeLinuxOptions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'level': obj.level,
        'role': obj.role,
        'type': obj.type,
        'user': obj.user,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecSecurityContextSeccompProfile(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'localhostProfile': obj.localhostProfile,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecSecurityContextSysctls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'preference': toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj.preference),
        'weight': obj.weight,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'nodeSelectorTerms': obj.nodeSelectorTerms?.map(y => toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'podAffinityTerm': toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
        'weight': obj.weight,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
        'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
        'mismatchLabelKeys': obj.mismatchLabelKeys?.map(y => y),
        'namespaceSelector': toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
        'namespaces': obj.namespaces?.map(y => y),
        'topologyKey': obj.topologyKey,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'podAffinityTerm': toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
        'weight': obj.weight,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
        'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
        'mismatchLabelKeys': obj.mismatchLabelKeys?.map(y => y),
        'namespaceSelector': toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
        'namespaces': obj.namespaces?.map(y => y),
        'topologyKey': obj.topologyKey,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'preference': toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj.preference),
        'weight': obj.weight,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'nodeSelectorTerms': obj.nodeSelectorTerms?.map(y => toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'podAffinityTerm': toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
        'weight': obj.weight,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
        'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
        'mismatchLabelKeys': obj.mismatchLabelKeys?.map(y => y),
        'namespaceSelector': toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
        'namespaces': obj.namespaces?.map(y => y),
        'topologyKey': obj.topologyKey,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'podAffinityTerm': toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
        'weight': obj.weight,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
        'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
        'mismatchLabelKeys': obj.mismatchLabelKeys?.map(y => y),
        'namespaceSelector': toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
        'namespaces': obj.namespaces?.map(y => y),
        'topologyKey': obj.topologyKey,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(y)),
        'matchFields': obj.matchFields?.map(y => toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(y)),
        'matchFields': obj.matchFields?.map(y => toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
        'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
        'mismatchLabelKeys': obj.mismatchLabelKeys?.map(y => y),
        'namespaceSelector': toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
        'namespaces': obj.namespaces?.map(y => y),
        'topologyKey': obj.topologyKey,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
        'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
        'mismatchLabelKeys': obj.mismatchLabelKeys?.map(y => y),
        'namespaceSelector': toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
        'namespaces': obj.namespaces?.map(y => y),
        'topologyKey': obj.topologyKey,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(y)),
        'matchFields': obj.matchFields?.map(y => toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(y)),
        'matchFields': obj.matchFields?.map(y => toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
        'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
        'mismatchLabelKeys': obj.mismatchLabelKeys?.map(y => y),
        'namespaceSelector': toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
        'namespaces': obj.namespaces?.map(y => y),
        'topologyKey': obj.topologyKey,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
        'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
        'mismatchLabelKeys': obj.mismatchLabelKeys?.map(y => y),
        'namespaceSelector': toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
        'namespaces': obj.namespaces?.map(y => y),
        'topologyKey': obj.topologyKey,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
