import { Chart } from 'cdk8s';
import { Construct, IConstruct } from 'constructs';
import { ArgoCdHealthChecks, ClusterFanout, DeliveryProject, EnvironmentApplication, HealthCheckedKind } from 'opkit';
import { EnvironmentConfig, OPERATOR_NAMESPACE, REPOSITORY } from './environments';

/** Props of {@link DeliveryChart}. */
export interface DeliveryChartProps {
  /** The name of the AppProject and the prefix of every Application. */
  readonly name: string;
  /** The environments with the scopes holding their manifests. */
  readonly environments: readonly { readonly config: EnvironmentConfig; readonly scope: IConstruct }[];
  /** The kinds Argo CD gets a health check for. */
  readonly healthChecked: readonly HealthCheckedKind[];
}

/**
 * The Argo CD side of the reference app, written to dist/argocd/ (which no Application syncs, so none syncs
 * itself): the AppProject, one Application per single-cluster environment, one ApplicationSet per multi-cluster
 * environment, and, in dist/argocd/patches/, the argocd-cm health checks to merge into the Argo CD install.
 */
export class DeliveryChart extends Construct {
  constructor(scope: Construct, id: string, props: DeliveryChartProps) {
    super(scope, id);
    const chart = new Chart(this, 'delivery');
    new DeliveryProject(chart, 'Project', {
      name: props.name,
      description: `The ${props.name} and its Custom Resources, from ${REPOSITORY.path}/ of ${REPOSITORY.repoURL}`,
      sourceRepos: [REPOSITORY.repoURL],
      clusters: props.environments.flatMap((e) => e.config.clusters),
      deploys: props.environments.map((e) => e.scope),
      namespaces: [OPERATOR_NAMESPACE],
    });
    for (const { config } of props.environments) {
      const common = {
        name: `${props.name}-${config.name}`,
        project: props.name,
        source: REPOSITORY,
        path: `${REPOSITORY.path}/${config.name}`,
        namespace: OPERATOR_NAMESPACE,
        sync: config.sync,
      };
      if (config.clusters.length === 1) {
        new EnvironmentApplication(chart, config.name, { ...common, cluster: config.clusters[0] });
      } else {
        new ClusterFanout(chart, config.name, { ...common, clusters: config.clusters });
      }
    }
    new ArgoCdHealthChecks(new Chart(new Construct(this, 'patches'), 'argocd-cm'), 'HealthChecks', {
      kinds: props.healthChecked,
    });
  }
}
