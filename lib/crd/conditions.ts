import { JSONSchemaProps } from '../schema/json-schema-props';
import { Schema } from './schema-builder';

// metav1.Condition exactly as controller-gen renders it (descriptions, patterns and limits are the upstream ones),
// so a controller built with apimachinery reads and writes it without surprises.
const CONDITION = Schema.object({
  description: 'Condition contains details for one aspect of the current state of this API Resource.',
  required: ['lastTransitionTime', 'message', 'reason', 'status', 'type'],
  properties: {
    lastTransitionTime: Schema.string({
      format: 'date-time',
      description: 'lastTransitionTime is the last time the condition transitioned from one status to another. '
        + 'This should be when the underlying condition changed.  If that is not known, then using the time when '
        + 'the API field changed is acceptable.',
    }),
    message: Schema.string({
      maxLength: 32768,
      description: 'message is a human readable message indicating details about the transition. '
        + 'This may be an empty string.',
    }),
    observedGeneration: Schema.integer({
      format: 'int64',
      minimum: 0,
      description: 'observedGeneration represents the .metadata.generation that the condition was set based upon. '
        + 'For instance, if .metadata.generation is currently 12, but the .status.conditions[x].observedGeneration '
        + 'is 9, the condition is out of date with respect to the current state of the instance.',
    }),
    reason: Schema.string({
      maxLength: 1024,
      minLength: 1,
      pattern: '^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$',
      description: "reason contains a programmatic identifier indicating the reason for the condition's last "
        + 'transition. Producers of specific condition types may define expected values and meanings for this field, '
        + 'and whether the values are considered a guaranteed API. The value should be a CamelCase string. '
        + 'This field may not be empty.',
    }),
    status: Schema.enum(['True', 'False', 'Unknown'], {
      description: 'status of the condition, one of True, False, Unknown.',
    }),
    type: Schema.string({
      maxLength: 316,
      pattern: '^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$',
      description: 'type of condition in CamelCase or in foo.example.com/CamelCase.',
    }),
  },
});

/**
 * `status.conditions`: a list of metav1.Condition keyed by `type` (`+listType=map`, `+listMapKey=type`), the
 * standard way a controller reports Ready, Progressing, Degraded...
 */
export function conditionsSchema(description = 'Conditions describe the current state of the resource, '
  + 'one entry per condition type (Ready, Progressing, Degraded...).'): JSONSchemaProps {
  return Schema.listMap(CONDITION, ['type'], { description });
}

/** `status.observedGeneration`: the `metadata.generation` the controller last acted on. */
export function observedGenerationSchema(description = 'The metadata.generation the controller last reconciled; '
  + 'when it is lower than metadata.generation, the status is out of date.'): JSONSchemaProps {
  return Schema.integer({ format: 'int64', minimum: 0, description });
}
