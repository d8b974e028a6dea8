#!/usr/bin/env node
/**
 * `npm start` / `npm run preview`: serve the built app on http://localhost:4173/ (or the port
 * given with `--port N`, or the PORT environment variable). When the port is taken, say so in
 * plain words and how to choose another, instead of Vite's bare "Port is already in use".
 *
 *   npm start                  build, then serve on 4173
 *   npm start -- --port 4180   build, then serve on 4180
 *   npm run preview            serve the existing build/ (no build)
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';

const DEFAULT_PORT = 4173;

function fail(message) {
	console.error(`start: ${message}`);
	process.exit(1);
}

let values;
try {
	({ values } = parseArgs({
		options: {
			port: { type: 'string', short: 'p' },
			'no-build': { type: 'boolean' },
			help: { type: 'boolean', short: 'h' }
		}
	}));
} catch (error) {
	fail(`${error.message}. Usage: npm start -- [--port N]`);
}
if (values.help) {
	console.log(
		'Usage: npm start -- [--port N]   (npm run preview -- [--port N] serves without building)'
	);
	process.exit(0);
}
const raw = values.port ?? process.env.PORT ?? String(DEFAULT_PORT);
const port = Number(raw);
if (!/^\d+$/.test(raw) || port < 1 || port > 65535)
	fail(`"${raw}" is not a port number (1–65535). Example: npm start -- --port 4180`);

/** Resolves to true when nothing listens on the port (on any local address). */
function portIsFree(port) {
	return new Promise((resolve) => {
		const probe = createServer();
		probe.once('error', () => resolve(false));
		probe.once('listening', () => probe.close(() => resolve(true)));
		probe.listen(port);
	});
}

if (!(await portIsFree(port)))
	fail(
		`port ${port} is already in use — another program, or the app already running in another terminal.\n` +
			`  Either stop that program, or choose another port:  npm start -- --port ${port === DEFAULT_PORT ? 4180 : port + 1}\n` +
			`  (the app will then be at http://localhost:${port === DEFAULT_PORT ? 4180 : port + 1}/)`
	);

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
if (!values['no-build']) {
	const build = spawnSync(bin('vite'), ['build'], { stdio: 'inherit' });
	if (build.status !== 0) fail('the build failed (see above).');
}
const server = spawn(bin('vite'), ['preview', '--port', String(port), '--strictPort'], {
	stdio: 'inherit'
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
