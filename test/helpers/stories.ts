import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { LOCALES, MODES, THEMES, type Locale, type Mode, type Theme } from '@zhengwu/core';
import '@zhengwu/core/provider/zw-provider.define';

/** The part of a CSF story (or meta) these helpers use; Storybook's own types fit it. */
type RenderFn = (args: any, context: any) => unknown;
type PlayFn = (context: any) => unknown;
export interface Story {
  args?: Record<string, unknown>;
  excludeStories?: string[] | RegExp;
  render?: RenderFn;
  /** Acts on the rendered story as a visitor would (Storybook runs it after rendering too). */
  play?: PlayFn;
  parameters?: Record<string, unknown>;
}

/** The play function of each template `storiesOf` rendered, run by `renderStory`. */
const plays = new WeakMap<TemplateResult, (canvasElement: HTMLElement) => unknown>();
export type StoriesModule = { default: Story } & Record<string, Story>;

/** Waits until every zhengwu element below `root` (through shadow roots) has rendered. */
export async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    const pending: Promise<unknown>[] = [];
    const visit = (node: Element | ShadowRoot) => {
      for (const child of node.querySelectorAll('*')) {
        if (child.localName.startsWith('zw-') && 'updateComplete' in child) {
          pending.push((child as unknown as { updateComplete: Promise<unknown> }).updateComplete);
        }
        if (child.shadowRoot) visit(child.shadowRoot);
      }
    };
    visit(root);
    if (root.shadowRoot) visit(root.shadowRoot);
    await Promise.all(pending);
  }
}

/** Every named story of a CSF module, with its args merged over the meta's. */
export function storiesOf(module: StoriesModule) {
  const { default: meta, ...named } = module;
  const excluded = (name: string) =>
    meta.excludeStories instanceof RegExp ? meta.excludeStories.test(name) : (meta.excludeStories ?? []).includes(name);
  // CSF3 stories are objects; helpers and sample data a stories file exports are not stories.
  const stories = Object.entries(named).filter(([name, story]) => typeof story === 'object' && story !== null && !excluded(name));
  return stories.map(([name, story]) => {
    const args = { ...(meta.args ?? {}), ...(story.args ?? {}) };
    const render = story.render ?? meta.render;
    if (!render) throw new Error(`story ${name} has no render function`);
    const play = story.play ?? meta.play;
    return {
      name,
      story,
      render: () => {
        const template = render(args, { args }) as TemplateResult;
        if (play) plays.set(template, (canvasElement) => play({ canvasElement, args }));
        return template;
      },
    };
  });
}

/** Renders a story inside a provider set to a locale, mode and theme, and runs its play function. */
export async function renderStory(
  template: TemplateResult,
  locale: Locale = 'zh-CN',
  mode: Mode = 'normal',
  theme: Theme = 'light',
): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(html`<zw-provider lang=${locale} mode=${mode} theme=${theme}>${template}</zw-provider>`);
  await settle(el);
  const play = plays.get(template);
  if (play) {
    await play(el);
    await settle(el);
  }
  return el;
}

/** Text of an element and every shadow root below it. */
export function deepText(root: Element | ShadowRoot): string {
  let text = '';
  for (const node of root.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    if (node instanceof Element) {
      text += ` ${node.getAttribute('aria-label') ?? ''} `;
      if (node.shadowRoot) text += deepText(node.shadowRoot);
      text += deepText(node);
    }
  }
  return text;
}

/**
 * For each story: accessible (axe, incl. colour contrast) and not blank, in every locale × mode ×
 * theme. Stories are the fixtures, as in Storybook. A missing string fails the test through the
 * missing-key handler every browser test has (test-setup.ts).
 */
export function describeStoryMatrix(module: StoriesModule): void {
  for (const { name, render } of storiesOf(module)) {
    it(`story "${name}" is accessible and translated in 3 locales × 2 modes × 3 themes`, async function () {
      this.timeout(60_000); // 18 renders, each checked by axe
      for (const locale of LOCALES) {
        for (const mode of MODES) {
          for (const theme of THEMES) {
            const where = `${name} ${locale}/${mode}/${theme}`;
            const el = await renderStory(render(), locale, mode, theme);
            await expect(el, where).to.be.accessible();
            const text = deepText(el);
            expect(text.trim(), `${where} shows something`).not.to.equal('');
            expect(el.getBoundingClientRect().height, `${where} has height`).to.be.greaterThan(0);
            fixtureCleanup();
          }
        }
      }
    });
  }
}
