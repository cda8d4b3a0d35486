import { html } from 'lit';
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import '@zhengwu/core/provider/zw-provider.define';
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

// Every story renders inside a provider driven by the toolbar, as widgets do in the kiosk.
const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Locale',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '简体中文' },
          { value: 'zh-TW', title: '繁體中文' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    mode: {
      description: 'Mode',
      toolbar: {
        title: 'Mode',
        icon: 'accessibility',
        items: [
          { value: 'normal', title: 'Normal' },
          { value: 'elder', title: 'Elder (长辈模式)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'high-contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'zh-CN', mode: 'normal', theme: 'light' },
  decorators: [
    (story, context) =>
      html`<zw-provider lang=${context.globals.locale} mode=${context.globals.mode} theme=${context.globals.theme} style="padding: 16px"
        >${story()}</zw-provider
      >`,
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};
export default preview;
