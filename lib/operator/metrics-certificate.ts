import { Construct } from 'constructs';
import { Certificate, Issuer } from '../generated/cert-manager.io';
import { OperatorIdentity } from './operator-identity';
import { selfSignedIssuer, serviceCertificate } from './webhook-certificate';

/** Props of {@link MetricsCertificate}. */
export interface MetricsCertificateProps {
  /** The operator's name, namespace and labels. */
  readonly identity: OperatorIdentity;
  /** The metrics Service the certificate is for. */
  readonly serviceName: string;
  /**
   * The Issuer to use.
   * @default a self-signed Issuer created here
   */
  readonly issuer?: Issuer;
}

/**
 * The metrics server's certificate from cert-manager (kubebuilder's `certmanager/certificate-metrics.yaml`), so
 * the scraper verifies the endpoint against the Secret's `ca.crt` instead of skipping verification.
 */
export class MetricsCertificate extends Construct {
  public readonly issuer: Issuer;
  public readonly certificate: Certificate;
  /** The Secret cert-manager writes `ca.crt`, `tls.crt` and `tls.key` into. */
  public readonly secretName: string;

  constructor(scope: Construct, id: string, props: MetricsCertificateProps) {
    super(scope, id);
    this.secretName = props.identity.metricsCertSecretName;
    this.issuer = props.issuer ?? selfSignedIssuer(this, 'Issuer', props.identity);
    this.certificate = serviceCertificate(this, 'Certificate', props.identity, {
      suffix: 'metrics-certs', serviceName: props.serviceName, secretName: this.secretName, issuer: this.issuer,
    });
  }
}
