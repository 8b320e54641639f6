/**
 * Starts the demo: the real API server (demo/server.mjs) and the dashboard on Vite's dev server,
 * whose `/api` proxy points at it. Shared by `npm run demo`, the dashboard test and the screenshots.
 *
 *   const demo = await startDemo({ port: 5173, apiPort: 5174 }); // 0: any free port
 *   demo.url; await demo.close();
 */
import { createServer as createNetServer } from 'node:net';
import { join } from 'node:path';
import { createServer as createVite } from 'vite';
import { createDemoServer } from './server.mjs';

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createNetServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export async function startDemo({ port = 0, apiPort = 0, logLevel = 'info' } = {}) {
  const api = createDemoServer();
  const apiAt = apiPort || (await freePort());
  await new Promise((resolve, reject) => {
    api.server.once('error', reject);
    api.server.listen(apiAt, '127.0.0.1', resolve);
  });
  const webAt = port || (await freePort());
  const vite = await createVite({
    configFile: join(import.meta.dirname, 'vite.config.ts'),
    logLevel,
    define: { __DEMO_API__: JSON.stringify(`http://127.0.0.1:${apiAt}`) },
    server: { host: '127.0.0.1', port: webAt, strictPort: true, proxy: { '/api': `http://127.0.0.1:${apiAt}` } },
  });
  await vite.listen();
  return {
    url: `http://127.0.0.1:${webAt}`,
    apiUrl: `http://127.0.0.1:${apiAt}`,
    api,
    async close() {
      await vite.close();
      api.server.closeAllConnections?.();
      await new Promise((resolve) => api.server.close(() => resolve()));
    },
  };
}
