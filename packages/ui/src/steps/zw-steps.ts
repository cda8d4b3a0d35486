import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ZwElement, ZwConfigError, baseStyles, type ZwConfig } from '@zhengwu/core';
import { UI_NS } from '../locales/namespace.js';
import { stepsStyles } from './zw-steps.styles.js';

/** One step of a procedure, as the page supplies it (not translated by the toolkit). */
export interface ZwStep {
  /** What the visitor does in this step, e.g. "填写申请表". */
  label: string;
  /** An optional longer explanation shown under the label. */
  description?: string;
}

export type ZwStepStatus = 'done' | 'current' | 'todo';

const ORIENTATIONS = ['vertical', 'horizontal'] as const;
type Orientation = (typeof ORIENTATIONS)[number];

const STEPS_EXPECTED = { text: 'a JSON array of {label, description?}', key: 'core:expected.steps' };

/**
 * Reads the `steps` attribute. Valid JSON of the right shape becomes the array; anything else
 * is kept as the text the page wrote, so the error can show it.
 */
const stepsConverter = {
  fromAttribute(value: string | null): unknown {
    if (value == null) return [];
    try {
      const parsed: unknown = JSON.parse(value);
      return isStepList(parsed) ? parsed : value;
    } catch {
      return value;
    }
  },
  toAttribute(value: unknown): string {
    return JSON.stringify(value);
  },
};

function isStepList(value: unknown): value is ZwStep[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      (step: unknown) =>
        typeof step === 'object' &&
        step !== null &&
        !Array.isArray(step) &&
        typeof (step as ZwStep).label === 'string' &&
        (step as ZwStep).label.trim() !== '' &&
        ((step as ZwStep).description === undefined || typeof (step as ZwStep).description === 'string'),
    )
  );
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Steps before `current` are done, later ones not started. With `overview` the list is a plain
 * numbered procedure instead (a 办事指南's 办理流程): no position, no status, no current step.
 * The list is not interactive and adds no tab stop.
 *
 * @tag zw-steps
 * @summary The steps of a procedure as an ordered list, in the GOV.UK task-list style: where
 * the visitor is ("第 3 步，共 5 步"), and each step's status in words, not colour alone.
 *
 * @csspart position - The line that says which step this is, out of how many.
 * @csspart list - The ordered list of steps.
 * @csspart step - Each step (also `step-done`, `step-current` or `step-todo`).
 * @csspart marker - The circle before each step: a tick when done, its number otherwise.
 * @csspart label - The step's name.
 * @csspart status - The step's status in words.
 * @csspart description - The step's description.
 * @cssprop --zw-steps-marker-size - Diameter of the circles.
 * @cssprop --zw-steps-done-color - Colour of finished steps (marker and status).
 * @cssprop --zw-steps-current-color - Colour of the current step (marker and status).
 * @cssprop --zw-steps-line-color - Colour of the line joining the steps.
 * @cssprop --zw-steps-step-min-width - Narrowest a step gets in the horizontal orientation.
 * @fires zw-config-error - `steps`, `current` or `orientation` is invalid; the error is shown.
 */
export class ZwSteps extends ZwElement {
  static override i18nNamespaces = [UI_NS];
  static override styles = [baseStyles, stepsStyles];

  /**
   * The steps, in order: `{ label, description? }` objects. As an attribute, the same as JSON,
   * e.g. `steps='[{"label":"取号"},{"label":"窗口办理"}]'`.
   */
  @property({ converter: stepsConverter }) steps: ZwStep[] = [];

  /** Which step the visitor is on, counted from 1. */
  @property({ type: Number }) current = 1;

  /** `vertical` (the default) or `horizontal` (a row, for wide screens). */
  @property({ reflect: true }) orientation: Orientation = 'vertical';

  /**
   * Shows the procedure as a whole, for reading before one starts (a 办事指南's 办理流程):
   * numbered steps without "第 3 步，共 5 步", statuses or a current step; `current` is ignored.
   */
  @property({ type: Boolean, reflect: true }) overview = false;

  /** Accessible name of the list, e.g. "社保卡申领步骤". Defaults to the translated "办理步骤". */
  @property() label?: string;

  /** The steps as validated for this render. */
  private validSteps: ZwStep[] = [];

  protected override resolveConfig(): ZwConfig {
    const steps: unknown = this.steps;
    if (!isStepList(steps)) throw new ZwConfigError('steps', STEPS_EXPECTED, asText(steps));
    if (!this.overview && (!Number.isInteger(this.current) || this.current < 1 || this.current > steps.length)) {
      const received = Number.isNaN(this.current) ? (this.getAttribute('current') ?? 'NaN') : String(this.current);
      throw new ZwConfigError(
        'current',
        { text: `a whole number from 1 to ${steps.length}`, key: 'core:expected.wholeNumberRange', values: { min: 1, max: steps.length } },
        received,
      );
    }
    if (!(ORIENTATIONS as readonly string[]).includes(this.orientation)) {
      throw new ZwConfigError('orientation', ORIENTATIONS.join(' | '), this.orientation);
    }
    this.validSteps = steps;
    return super.resolveConfig();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.configError) this.validSteps = [];
  }

  /** The status of the step at a 1-based position (`todo` for every step of an overview). */
  statusOf(position: number): ZwStepStatus {
    if (this.overview) return 'todo';
    if (position < this.current) return 'done';
    return position === this.current ? 'current' : 'todo';
  }

  protected renderContent() {
    const total = this.validSteps.length;
    const overview = this.overview;
    // "第 3 步，共 5 步" is one translated string, so it is read as one.
    return html`${
        overview
          ? nothing
          : html`<p class="position" part="position" role="status">${this.t('steps.position', { current: this.current, total })}</p>`
      }
      <ol part="list" aria-label=${this.label ?? this.t('steps.label')}>
        ${this.validSteps.map((step, index) => {
          const status = this.statusOf(index + 1);
          return html`<li
            class="step ${status}"
            part="step step-${status}"
            data-status=${status}
            aria-current=${status === 'current' ? 'step' : nothing}
          >
            <span class="marker" part="marker" aria-hidden="true">${status === 'done' ? '' : this.localize.number(index + 1)}</span>
            <span class="text">
              <span class="head">
                <span class="label" part="label">${step.label}</span>
                ${overview ? nothing : html`<span class="status" part="status">${this.t(`steps.status.${status}`)}</span>`}
              </span>
              ${step.description ? html`<span class="description" part="description">${step.description}</span>` : nothing}
            </span>
          </li>`;
        })}
      </ol>`;
  }
}
