import { type ActionId, type IntentAction, type IntentViewModel, safeLink } from '@tactful/core';
import { useCopy } from '../copy/useCopy';
import { RetryCountdown } from '../countdown/RetryCountdown';
import { Button } from '../primitives/Button';
import { useOptionalTactful } from '../provider/context';
import { withCopy } from '../provider/ready';
import { Banner } from './Banner';

export interface ProblemBannerProps {
  /** What to show: `useIntent().viewModel`, `useProblem()`'s, or one derived with `deriveViewModel`. */
  readonly viewModel: IntentViewModel;
  /** Takes an action; default: the provider takes it for the intent (`useIntent().onAction` does the same). */
  readonly onAction?: ((action: ActionId) => void) | undefined;
  readonly headingLevel?: 2 | 3 | 4 | undefined;
  readonly className?: string | undefined;
}

const byPrimary = (a: IntentAction, b: IntentAction) => Number(b.primary) - Number(a.primary);

/**
 * One intent's message as an inline banner: the tone as icon and words, the title, the sentences,
 * a countdown while waiting, and the actions with the primary one first. Named by its title and its
 * first sentence, which names the intent ("We couldn't finish summarizing the notes because…"), so
 * two intents stopped for the same reason are told apart. Dismissible only when the view model
 * offers it: with the × beside the message, or as a visible button when dismissing is the primary
 * action (a cancelled request). Every word is the kit's copy: nothing a provider sent is ever shown.
 */
export const ProblemBanner = withCopy(function ProblemBanner({
  viewModel,
  onAction,
  headingLevel,
  className,
}: ProblemBannerProps) {
  const { tr, direction } = useCopy();
  const tactful = useOptionalTactful();
  const act = (action: ActionId) =>
    onAction ? onAction(action) : tactful?.perform(action, viewModel.id, viewModel.kind);
  const { countdown, actions, body } = viewModel;
  const offered = (id: ActionId) => actions.find((action) => action.id === id);
  const retryNow = countdown && offered('retry_now');
  const dismiss = offered('dismiss');
  // The one primary action is always a visible button; a secondary dismiss is the × beside the message.
  const shown = actions
    .filter((action) => (action !== dismiss || action.primary) && action !== retryNow)
    .sort(byPrimary);
  const [first, ...rest] = body;
  const lead = first && first !== countdown?.label ? tr(first) : undefined;

  return (
    <Banner
      actions={
        shown.length
          ? shown.map((action) => {
              const variant = action.primary ? 'primary' : 'secondary';
              const href = tactful?.hrefFor(action.id);
              const link = safeLink(href);
              // The app's own text, once checked, so the server and the browser render the same href.
              return link && href ? (
                <a
                  className="tactful-button"
                  data-variant={variant}
                  href={href.trim()}
                  key={action.id}
                  rel={link.rel}
                >
                  {tr(action.label)}
                </a>
              ) : (
                <Button
                  data-action={action.id}
                  key={action.id}
                  onClick={() => act(action.id)}
                  variant={variant}
                >
                  {tr(action.label)}
                </Button>
              );
            })
          : null
      }
      className={className}
      dir={tactful?.dir ?? direction}
      dismissAs={dismiss?.primary ? 'action' : 'icon'}
      dismissLabel={tr({ key: 'a11y.dismiss' })}
      headingLevel={headingLevel}
      intent={viewModel.id}
      kind={viewModel.kind}
      lead={lead}
      onDismiss={dismiss && (() => act('dismiss'))}
      state={viewModel.state}
      title={tr(viewModel.title)}
      tone={viewModel.tone}
      toneLabel={tr(viewModel.toneLabel)}
    >
      {(lead === undefined ? body : rest).map((sentence, index) => {
        if (sentence === countdown?.label) {
          return (
            <RetryCountdown
              announce={false}
              countdown={countdown}
              key="countdown"
              onRetryNow={retryNow && (() => act('retry_now'))}
              primary={retryNow?.primary}
            />
          );
        }
        const text = tr(sentence);
        // biome-ignore lint/suspicious/noArrayIndexKey: the sentences of one message, in a fixed order.
        return text ? <p key={index}>{text}</p> : null;
      })}
    </Banner>
  );
});
