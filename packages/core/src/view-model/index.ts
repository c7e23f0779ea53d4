export { announcementSentences } from './announcement';
export { deriveProblemViewModel } from './problem';
export { deriveResumeViewModel, type ResumeViewModel } from './resume';
export { deriveViewModel, fixFor } from './view-model';
export type {
  CopyRef,
  CopyValue,
  IntentAction,
  IntentCountdown,
  IntentViewModel,
  KindOverride,
  Politeness,
  ViewModelContext,
} from './view-model.types';
