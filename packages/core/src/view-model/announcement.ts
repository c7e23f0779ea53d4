import type { CopyRef, IntentViewModel } from './view-model.types';

/**
 * What the live region says for a view model, as whole sentences: its announcement and, for a wait,
 * when it retries — counted over the whole wait, so the words stay the same while the countdown ticks.
 */
export function announcementSentences(viewModel: IntentViewModel): CopyRef[] {
  const { countdown } = viewModel;
  return countdown
    ? [
        viewModel.announcement,
        { key: countdown.a11yLabel.key, values: { count: Math.ceil(countdown.totalMs / 1000) } },
      ]
    : [viewModel.announcement];
}
