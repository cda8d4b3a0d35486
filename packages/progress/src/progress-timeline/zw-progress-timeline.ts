import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { HALL_UTC_OFFSET_MINUTES, ZwConfigError, ZwElement, baseStyles, offsetText, type ZwConfig } from '@zhengwu/core';
import type { Application, Pause, Stage } from '@zhengwu/core/contract';
import { PROGRESS_NS } from '../locales/namespace.js';
import { currentStageNumber, timelineEntries } from './timeline-entries.js';
import { progressTimelineStyles } from './zw-progress-timeline.styles.js';

/**
 * Each stage shows its name, department, handler (masked by the hall server: 张*三), result in
 * words (通过 / 退回 / 需补正, never colour alone), start and end time; the current stage carries
 * `aria-current="step"` and "第 2 步，共 4 步" is read as one string before the list. A 补正
 * lists what is missing and says when the clock starts again; a 特别程序 (expert review,
 * hearing …) sits in time order with its reason and period and says the clock is paused.
 * Times are shown in the hall's zone. Data comes from `.application`; nothing is fetched.
 *
 * Not `zw-steps`: a stage has a department, handler, times and three results, and pauses sit
 * between stages; zw-steps lists labels with done / current / to-do only.
 *
 * @tag zw-progress-timeline
 * @summary 办理环节: every stage of an application and its 特别程序, in order, the current one marked.
 *
 * @csspart position - "第 2 步，共 4 步", or "全部 4 个环节已完成".
 * @csspart list - The ordered list.
 * @csspart stage - Each stage (also `stage-current`).
 * @csspart pause - Each 特别程序.
 * @csspart missing - The list of material to bring for a 补正.
 * @fires zw-config-error - `correction-rule` is not `restart` or `pause`.
 * @cssprop --zw-progress-timeline-marker-size - Size of the numbered circles.
 * @cssprop --zw-progress-timeline-line-color - The line between stages.
 * @cssprop --zw-progress-timeline-current-color - The current stage's circle.
 * @cssprop --zw-progress-timeline-pause-background - Fill of a 特别程序.
 * @cssprop --zw-progress-timeline-pause-color - Text and frame of a 特别程序.
 */
export class ZwProgressTimeline extends ZwElement {
  static override i18nNamespaces = [PROGRESS_NS];
  static override styles = [baseStyles, progressTimelineStyles];

  /** The application whose stages to show, as `GET /api/progress` answers it. */
  @property({ attribute: false }) application?: Application;

  /**
   * The hall's rule for the clock after a 补正 (`Hall.progressRules.correction`): `restart` (the
   * limit counts again once the material arrives, the default) or `pause`; said under each 补正.
   */
  @property({ attribute: 'correction-rule' }) correctionRule: 'restart' | 'pause' = 'restart';

  /** Hides the handler of each stage, e.g. on a screen that is shared by strangers. */
  @property({ type: Boolean, attribute: 'hide-handler' }) hideHandler = false;

  protected override resolveConfig(): ZwConfig {
    const config = super.resolveConfig();
    if (this.correctionRule !== 'restart' && this.correctionRule !== 'pause') {
      throw new ZwConfigError('correction-rule', 'restart | pause', String(this.correctionRule));
    }
    return config;
  }

  private time(timestamp: string): string {
    return this.localize.date(Date.parse(timestamp), {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: offsetText(HALL_UTC_OFFSET_MINUTES),
    });
  }

  private renderStage(stage: Stage, number: number, current: boolean): TemplateResult {
    const result = current && !stage.result ? 'current' : (stage.result ?? 'pending');
    return html`<li
      class="entry stage ${current ? 'current' : ''}"
      part="stage ${current ? 'stage-current' : ''}"
      aria-current=${current ? 'step' : nothing}
    >
      <span class="marker" aria-hidden="true">${number}</span>
      <div class="body">
        <p class="name"><bdi>${stage.name}</bdi><span class="result ${result}">${this.t(`timeline.result.${result}`)}</span></p>
        <dl>
          ${
            stage.department
              ? html`<dt>${this.t('timeline.department')}</dt>
                  <dd><bdi>${stage.department}</bdi></dd>`
              : nothing
          }
          ${
            stage.handler && !this.hideHandler
              ? html`<dt>${this.t('timeline.handler')}</dt>
                  <dd><bdi>${stage.handler}</bdi></dd>`
              : nothing
          }
          <dt>${this.t('timeline.started')}</dt>
          <dd><time datetime=${stage.startedAt}>${this.time(stage.startedAt)}</time></dd>
          ${
            stage.endedAt
              ? html`<dt>${this.t('timeline.ended')}</dt>
                  <dd><time datetime=${stage.endedAt}>${this.time(stage.endedAt)}</time></dd>`
              : nothing
          }
        </dl>
        ${stage.note ? html`<p class="note"><bdi>${stage.note}</bdi></p>` : nothing}
        ${stage.result === 'correction' ? this.renderCorrection(stage) : nothing}
      </div>
    </li>`;
  }

  private renderCorrection(stage: Stage): TemplateResult {
    return html`<div class="missing" part="missing">
      ${
        stage.missing?.length
          ? html`<strong>${this.t('timeline.missing')}</strong>
              <ul>
                ${stage.missing.map((item) => html`<li><bdi>${item}</bdi></li>`)}
              </ul>`
          : nothing
      }
      <p class="clock">
        ${
          stage.correctedAt
            ? this.t(this.correctionRule === 'pause' ? 'timeline.correctedPause' : 'timeline.corrected', {
                time: this.time(stage.correctedAt),
              })
            : this.t(this.correctionRule === 'pause' ? 'timeline.waitingCorrectionPause' : 'timeline.waitingCorrection')
        }
      </p>
    </div>`;
  }

  private renderPause(pause: Pause, open: boolean): TemplateResult {
    const procedure = this.t(`timeline.pause.procedure.${pause.procedure ?? 'other'}`);
    const period = pause.endedAt
      ? this.t('timeline.pause.period', { from: this.time(pause.startedAt), to: this.time(pause.endedAt) })
      : this.t('timeline.pause.since', { from: this.time(pause.startedAt) });
    return html`<li class="entry pause" part="pause">
      <span class="marker" aria-hidden="true">‖</span>
      <div class="body pause-box">
        <p class="name">${this.t('timeline.pause.title', { procedure })}</p>
        <p><bdi>${pause.reason}</bdi></p>
        <p class="clock">
          ${this.t('timeline.pause.line', { period, clock: this.t(open ? 'timeline.pause.paused' : 'timeline.pause.resumed') })}
        </p>
      </div>
    </li>`;
  }

  protected renderContent(): TemplateResult {
    const application = this.application;
    if (!application || application.stages.length === 0) {
      return html`<p class="position" part="position">${this.t('timeline.empty')}</p>`;
    }
    const entries = timelineEntries(application);
    const total = application.stages.length;
    const current = currentStageNumber(entries);
    return html`
      <p class="position" part="position">
        ${
          current
            ? this.t('timeline.position', { current, total })
            : this.t(
                application.status === 'returned'
                  ? 'timeline.returned'
                  : application.status === 'completed'
                    ? 'timeline.done'
                    : 'timeline.count',
                { total, count: total },
              )
        }
      </p>
      <ol part="list" aria-label=${this.t('timeline.label')}>
        ${entries.map((entry) =>
          entry.type === 'stage' ? this.renderStage(entry.stage, entry.number, entry.current) : this.renderPause(entry.pause, entry.open),
        )}
      </ol>
    `;
  }
}
