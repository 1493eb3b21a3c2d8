// Renders the reference operator's CRDs (api/) to one YAML stream: the input of `cdk8s import`.
import { Chart, Testing } from 'cdk8s';
import { CacheApi } from '../api';

export function renderApiCrds(): string {
  const app = Testing.app();
  new CacheApi(new Chart(app, 'crds'), 'api');
  return app.synthYaml();
}
