import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';

function Probe() {
  return <button type="button">probe</button>;
}
const meta: Meta<typeof Probe> = { title: 'Probe', component: Probe };
export default meta;
export const Default: StoryObj<typeof Probe> = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button')).toBeVisible();
  },
};
