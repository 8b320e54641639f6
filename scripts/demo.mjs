#!/usr/bin/env node
// `npm run demo`: the real demo API server and the Vite dev server for the dashboard, together.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const api = spawn(process.execPath, [join(root, 'demo/server.mjs')], { stdio: 'inherit' });
const vite = spawn('npx', ['vite', '--config', join(root, 'demo/vite.config.ts')], { stdio: 'inherit', cwd: root });
const stop = () => {
  api.kill();
  vite.kill();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
api.on('exit', stop);
vite.on('exit', (code) => {
  api.kill();
  process.exit(code ?? 0);
});
