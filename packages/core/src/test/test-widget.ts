import { html } from 'lit';
import { ZwElement } from '../element/zw-element.js';
import { baseStyles } from '../tokens/base.styles.js';
import { define } from '../define.js';

/** A minimal widget to test what every element inherits. */
export class TestWidget extends ZwElement {
  static override styles = baseStyles;
  renders = 0;

  protected renderContent() {
    this.renders += 1;
    return html`<p>${this.t('core:status.online')}</p>`;
  }
}
define('zw-test-widget', TestWidget);

declare global {
  interface HTMLElementTagNameMap {
    'zw-test-widget': TestWidget;
  }
}
