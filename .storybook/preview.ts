import type { Preview } from '@storybook/react-vite';
import '@tactful/react/styles.css';

const preview: Preview = {
  parameters: {
    // An accessibility violation fails the story's test, not just a panel warning.
    a11y: { test: 'error' },
    layout: 'padded',
  },
};

export default preview;
