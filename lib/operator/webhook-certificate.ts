import { Construct } from 'constructs';
import { Certificate, Issuer } from '../generated/cert-manager.io';
import { OperatorIdentity } from './identity';

/** Props of {@link WebhookCertificate}. */
export interface WebhookCertificateProps {
  /** The operator's name, namespace and labels. */
  readonly identity: OperatorIdentity;
  /** The name of the webhook Service the certificate is for. */
  readonly serviceName: string;
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
    this.issuer = new Issuer(this, 'Issuer', {
      metadata: identity.namespaced('selfsigned-issuer', 'certificate'),
      spec: { selfSigned: {} },
    });
    this.certificate = new Certificate(this, 'Certificate', {
      metadata: identity.namespaced('serving-cert', 'certificate'),
      spec: {
        dnsNames: [`${serviceName}.${identity.namespace}.svc`, `${serviceName}.${identity.namespace}.svc.cluster.local`],
        issuerRef: { kind: 'Issuer', name: this.issuer.name },
        secretName: this.secretName,
      },
    });
    this.injectCaFrom = `${identity.namespace}/${this.certificate.name}`;
  }
}

/** The annotation cert-manager's CA injector reads. */
export const INJECT_CA_FROM = 'cert-manager.io/inject-ca-from';
