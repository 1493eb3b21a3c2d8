import { IConstruct } from 'constructs';
import { UserError } from '../report/user-error';

/**
 * Runs the constructs' own validations (`node.addValidation`) with cdk8s's wording. cdk8s runs them again while it
 * renders, but throws a plain Error; running them first makes their failure a {@link UserError}, the user's to fix.
 */
export function validateConstructs(root: IConstruct): void {
  const errors = root.node.findAll().flatMap((c) => c.node.validate().map((e) => `[${c.node.path}] ${e}`));
  if (errors.length > 0) throw new UserError(`Validation failed with the following errors:\n  ${errors.join('\n  ')}`);
}
