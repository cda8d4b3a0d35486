// The parts of zw-rating that only show state: what is rated, the outcome, the problem and
// the reasons' loading state. Templates of plain data; the element binds the handlers.
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '@zhengwu/core';
import { RATING_LEVELS, isBadRating, type RatingLevel } from '@zhengwu/core/contract/rating-rules';
import type { RatingTarget } from '@zhengwu/core/contract';
import { face } from './faces.js';
import type { ZwRatingProblem } from './rating-form.js';
import type { ReasonsView } from './rating-reasons-loader.js';
import type { ZwRatingPhase } from './rating-submission-controller.js';

type Localize = Pick<LocalizeController, 't'>;

/** "您正在评价：3号窗口 · 张三（工号 1003）· 居民身份证换领". */
export function targetLine(l: Localize, target: RatingTarget | undefined): TemplateResult | typeof nothing {
  if (!target) return nothing;
  const parts = [target.windowName];
  if (target.staffName) {
    parts.push(target.staffNumber ? l.t('rating.target.staff', { name: target.staffName, number: target.staffNumber }) : target.staffName);
  }
  if (target.serviceItemName) parts.push(target.serviceItemName);
  return html`<p class="target" part="target">${l.t('rating.target.intro', { what: parts.join(' · ') })}</p>`;
}

/** Submitting, saved on this device, or submitted. */
export function outcomeView(l: Localize, phase: ZwRatingPhase): TemplateResult | typeof nothing {
  if (phase === 'submitting') {
    return html`<span class="spinner" aria-hidden="true"></span>
      <p class="outcome-title">${l.t('rating.submitting')}</p>`;
  }
  if (phase !== 'queued' && phase !== 'sent') return nothing;
  return html`<span class="icon ${phase === 'sent' ? 'icon-done' : 'icon-saved'}" aria-hidden="true"></span>
    <div class="outcome-text">
      <p class="outcome-title">${l.t(`rating.${phase}.title`)}</p>
      <p class="outcome-message">${l.t(`rating.${phase}.message`)}</p>
    </div>`;
}

const PROBLEM_KEYS: Record<ZwRatingProblem['kind'], string> = {
  'already-rated': 'rating.error.alreadyRated',
  expired: 'rating.error.expired',
  'not-stored': 'rating.error.unsaved',
  refused: 'rating.error.refused',
};

/** Why the rating did not go through; a rating that was not stored can be tried again. */
export function problemView(l: Localize, problem: ZwRatingProblem | null, onRetry: () => void): TemplateResult | typeof nothing {
  if (!problem) return nothing;
  return html`<span class="icon icon-problem" aria-hidden="true"></span>
    <div class="outcome-text">
      <p class="outcome-title">${l.t(PROBLEM_KEYS[problem.kind], { code: problem.code })}</p>
      ${problem.kind === 'not-stored' ? html`<zw-button part="retry" @click=${onRetry}>${l.t('rating.error.retry')}</zw-button>` : nothing}
    </div>`;
}

/** The reasons while they load or when they could not be loaded (never a blank list). */
export function reasonsStatus(l: Localize, view: ReasonsView, code: string, onRetry: () => void): TemplateResult | undefined {
  if (view === 'loading') {
    return html`<p class="reasons-status" role="status">
      <span class="spinner" aria-hidden="true"></span>${l.t('rating.reasons.loading')}
    </p>`;
  }
  if (view !== 'offline' && view !== 'failed') return undefined;
  return html`<div class="reasons-problem" role="alert">
    <p>${view === 'offline' ? l.t('rating.reasons.offline') : l.t('rating.reasons.failed', { code })}</p>
    <zw-button variant="secondary" part="retry" @click=${onRetry}>${l.t('rating.reasons.retry')}</zw-button>
  </div>`;
}

/**
 * The five levels as a native radio group, best first, each with its name in words and a face.
 * Plain property bindings (no `live`): the change handler writes the state, so the value Lit
 * last set is always what the control shows.
 */
export function levelsView(l: Localize, chosen: RatingLevel | null, missing: boolean, onChange: (event: Event) => void): TemplateResult {
  return html`<fieldset class="levels" part="levels" aria-describedby=${missing ? 'level-error' : nothing}>
    <legend class="question" part="question">${l.t('rating.question')}</legend>
    ${missing ? html`<p id="level-error" class="field-error" part="error">${l.t('rating.levelRequired')}</p>` : nothing}
    <div class="choices">
      ${RATING_LEVELS.map((level) => {
        const checked = chosen === level;
        return html`<label
          class="choice ${checked ? 'checked' : ''} ${isBadRating(level) ? 'bad' : ''}"
          part=${checked ? 'choice choice-checked' : 'choice'}
          data-level=${level}
        >
          <input type="radio" name="level" .value=${level} required .checked=${checked} @change=${onChange} />
          ${face(level)}
          <span class="choice-label">${l.t(`rating.level.${level}`)}</span>
        </label>`;
      })}
    </div>
  </fieldset>`;
}
