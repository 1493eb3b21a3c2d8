import { celEnv, type CelEnv } from '@bufbuild/cel';
import { RE2JS } from '@bufbuild/re2';
import { costFunction } from './cost-guard';
import { kubernetesLibraries } from './libraries';
import { kubeMinor } from './kube-version';
import { twoVarFunctions } from './two-var-comprehensions';
import { unorderedEqualityFunctions } from './unordered-equality';

/** The CEL environment of the API server at a Kubernetes version; built once per version. */
export function kubernetesEnv(kubeVersion?: string): CelEnv {
  const minor = kubeMinor(kubeVersion);
  let env = envs.get(minor);
  if (!env) {
    env = celEnv({
      funcs: [
        ...kubernetesLibraries(`1.${minor}`),
        costFunction,
        ...unorderedEqualityFunctions,
        ...(minor >= 32 ? twoVarFunctions : []),
      ],
      // `matches()` with RE2 semantics, as cel-go
      re2: { compile: (pattern: string) => RE2JS.compile(pattern) },
    });
    envs.set(minor, env);
  }
  return env;
}
const envs = new Map<number, CelEnv>();
