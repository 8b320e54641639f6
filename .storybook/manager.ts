import { addons } from 'storybook/manager-api';

// One tree in the storySort order (Introduction, Components, Hooks, Seed APIs, Recipes, Texts):
// with roots shown, Storybook would list the single pages (Introduction, Seed APIs, Recipes, Texts)
// above the Components and Hooks sections.
addons.setConfig({ sidebar: { showRoots: false } });
