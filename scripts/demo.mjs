#!/usr/bin/env node
// `npm run demo`: the real demo API server and the dashboard on Vite's dev server, together.
// DEMO_PORT (default 5173) and DEMO_API_PORT (default 5174) choose the ports.
import { startDemo } from '../demo/start.mjs';

const demo = await startDemo({ port: Number(process.env.DEMO_PORT ?? 5173), apiPort: Number(process.env.DEMO_API_PORT ?? 5174) });
console.log(`\n  Northwind Analytics (react-api-errors demo): ${demo.url}\n  demo API (demo/server.mjs): ${demo.apiUrl}\n`);
const stop = () => {
  void demo.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
