import { Construct } from 'constructs';
import { Certificate, Issuer } from '../generated/cert-manager.io';
import { OperatorIdentity } from './operator-identity';

/** Props of {@link WebhookCertificate}. */
export interface WebhookCertificateProps {
  /** The operator's name, namespace and labels. */
  readonly identity: OperatorIdentity;
  /** The name of the webhook Service the certificate is for. */
  readonly serviceName: string;
}

/** A cert-manager Certificate for a Service's DNS names, from `issuer`, written into the Secret `secretName`. */
export function serviceCertificate(scope: Construct, id: string, identity: OperatorIdentity,
  options: { readonly suffix: string; readonly serviceName: string; readonly secretName: string; readonly issuer: Issuer }): Certificate {
  const { serviceName, secretName, issuer } = options;
  return new Certificate(scope, id, {
    metadata: identity.namespaced(options.suffix, 'certificate'),
    spec: {
      dnsNames: [`${serviceName}.${identity.namespace}.svc`, `${serviceName}.${identity.namespace}.svc.cluster.local`],
      issuerRef: { kind: 'Issuer', name: issuer.name },
      secretName,
    },
  });
}

/** The self-signed cert-manager Issuer of the operator's serving certificates. */
export function selfSignedIssuer(scope: Construct, id: string, identity: OperatorIdentity): Issuer {
  return new Issuer(scope, id, { metadata: identity.namespaced('selfsigned-issuer', 'certificate'), spec: { selfSigned: {} } });
}

/**
 * The webhook server's TLS certificate from cert-manager (kubebuilder's `config/certmanager`): a self-signed
 * Issuer and a Certificate for the Service's DNS names. cert-manager's CA injector copies the CA into every
 * object annotated with {@link injectCaFrom}.
 */
export class WebhookCertificate extends Construct {
  public readonly issuer: Issuer;
  public readonly certificate: Certificate;
  /** The Secret cert-manager writes `tls.crt` / `tls.key` into. */
  public readonly secretName: string;
  /** The value of `cert-manager.io/inject-ca-from`: `<namespace>/<certificate>`. */
  public readonly injectCaFrom: string;

  constructor(scope: Construct, id: string, props: WebhookCertificateProps) {
    super(scope, id);
    const { identity, serviceName } = props;
    this.secretName = identity.webhookCertSecretName;
    this.issuer = selfSignedIssuer(this, 'Issuer', identity);
    this.certificate = serviceCertificate(this, 'Certificate', identity, {
      suffix: 'serving-cert', serviceName, secretName: this.secretName, issuer: this.issuer,
    });
    this.injectCaFrom = `${identity.namespace}/${this.certificate.name}`;
  }
}

/** The annotation cert-manager's CA injector reads. */
export const INJECT_CA_FROM = 'cert-manager.io/inject-ca-from';
