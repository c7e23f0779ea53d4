// The page scripts/measure-banner-paint.ts builds and opens: one paid request that is refused, and
// its banner. `window.measureOnce()` runs it once and reports when each step happened.
import { createTactfulI18n } from '@tactful/i18n';
import { ProblemBanner, TactfulProvider, type UseIntentResult, useIntent } from '@tactful/react';
import '@tactful/react/styles.css';
import { createRoot } from 'react-dom/client';

export interface Sample {
  /** The refused response was read and its failure thrown (performance.now()). */
  readonly settled: number;
  /** The banner was in the DOM. */
  readonly inDom: number;
  /** The first animation frame after that: style, layout and paint of that frame follow. */
  readonly frame: number;
  /** When Chromium painted the banner's title (Element Timing), if it reported it. */
  readonly painted: number | undefined;
  /** Frames that began between settling and that paint: 1 when the first frame showed it. */
  readonly frames: number | undefined;
}

declare global {
  interface Window {
    measureOnce(): Promise<Sample>;
    /** The same refused request, answered by appending one plain paragraph: what any UI costs at least. */
    measureBaseline(): Promise<Sample>;
    pageReady: boolean;
  }
}

let settled = 0;
let intent: UseIntentResult<void, unknown> | undefined;

function Task() {
  intent = useIntent({
    label: 'summarizing your contracts',
    run: async () => {
      const response = await fetch('/api/summarize', { method: 'POST', cache: 'no-store' });
      const body: unknown = await response.json();
      settled = performance.now();
      throw { status: response.status, headers: response.headers, body };
    },
  });
  return <main>{intent.viewModel ? <ProblemBanner viewModel={intent.viewModel} /> : null}</main>;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** When the element with `elementtiming="<name>"` is painted, as Chromium reports it (else undefined). */
function paintOf(name: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      const entry = list
        .getEntries()
        .find((item) => (item as PerformanceEntry & { identifier?: string }).identifier === name);
      if (!entry) return;
      observer.disconnect();
      resolve((entry as PerformanceEntry & { renderTime: number }).renderTime || undefined);
    });
    try {
      observer.observe({ type: 'element', buffered: false });
    } catch {
      resolve(undefined);
    }
    setTimeout(() => resolve(undefined), 1000);
  });
}

/** When `selector` first matches inside `root`, then the next animation frame; the match is marked for paint timing. */
function appearanceOf(root: HTMLElement, selector: string, name: string) {
  return new Promise<{ inDom: number; frame: number }>((resolve) => {
    const observer = new MutationObserver(() => {
      const found = root.querySelector(selector);
      if (!found) return;
      const inDom = performance.now();
      observer.disconnect();
      // Marked before the frame that paints it, so Chromium reports that paint.
      found.setAttribute('elementtiming', name);
      requestAnimationFrame((frame) => resolve({ inDom, frame }));
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

/** Start times of every animation frame from now until `stop` is called. */
function frameClock() {
  const starts: number[] = [];
  let running = true;
  const tick = (time: number) => {
    starts.push(time);
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return {
    /** Frames that began after `from` and no later than `to`. */
    between: (from: number, to: number | undefined) =>
      to === undefined ? undefined : starts.filter((start) => start > from && start <= to).length,
    stop: () => {
      running = false;
    },
  };
}

const settledFrames = async () => {
  await nextFrame();
  await nextFrame();
};

let sampleCount = 0;

window.measureOnce = async () => {
  const current = intent;
  if (!current) throw new Error('page not rendered');
  // Start from a page without a banner, settled for two frames.
  if (current.viewModel) current.actions.discard();
  await settledFrames();
  const name = `banner-${++sampleCount}`;
  const painted = paintOf(name);
  const shown = appearanceOf(document.querySelector('main') as HTMLElement, '.tactful-banner__title', name);
  const clock = frameClock();
  void current.submit();
  const { inDom, frame } = await shown;
  const paint = await painted;
  clock.stop();
  return { settled, inDom, frame, painted: paint, frames: clock.between(settled, paint) };
};

window.measureBaseline = async () => {
  const box = document.getElementById('baseline') as HTMLElement;
  box.replaceChildren();
  await settledFrames();
  const name = `baseline-${++sampleCount}`;
  const painted = paintOf(name);
  const shown = appearanceOf(box, 'p', name);
  const clock = frameClock();
  const response = await fetch('/api/summarize', { method: 'POST', cache: 'no-store' });
  await response.json();
  const at = performance.now();
  const paragraph = document.createElement('p');
  paragraph.textContent = 'The request was refused.';
  box.append(paragraph);
  const { inDom, frame } = await shown;
  const paint = await painted;
  clock.stop();
  return { settled: at, inDom, frame, painted: paint, frames: clock.between(at, paint) };
};

const i18n = await createTactfulI18n({ lng: 'en' });
createRoot(document.getElementById('root') as HTMLElement).render(
  <TactfulProvider i18n={i18n}>
    <Task />
  </TactfulProvider>,
);
window.pageReady = true;
