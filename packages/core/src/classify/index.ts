export { createClassifier } from './classifier';
export { classify } from './classify';
export type {
  Classifier,
  ClassifierOptions,
  ClassifyRule,
  FailureFacts,
  RuleResult,
} from './classify.types';
export { classifyResponse } from './classify-response';
export { providerName } from './provider-names';
