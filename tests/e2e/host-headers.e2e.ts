import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

// The headers a host must send (README, "Headers a host must send"): the examples in deploy/ are
// run with real nginx and Apache (Debian's, installed by .ci/run) on the built site, and must
// send what static/_headers says, for Netlify and Cloudflare Pages, line for line.
const root = resolve(import.meta.dirname, '../..');
const site = resolve(root, process.env.BUILD_DIR ?? 'build');
const base = Number(process.env.PORT ?? 4173);

/** static/_headers as { path pattern: { header: value } } */
function headersFile(): Record<string, Record<string, string>> {
	const rules: Record<string, Record<string, string>> = {};
	let current = '';
	for (const line of readFileSync(join(root, 'static/_headers'), 'utf8').split('\n')) {
		if (!line.trim() || line.startsWith('#')) continue;
		if (!/^\s/.test(line)) rules[(current = line.trim())] = {};
		else {
			const at = line.indexOf(':');
			rules[current][line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
		}
	}
	return rules;
}
const expected = headersFile();
const immutable = readdirSync(join(site, '_app/immutable/chunks'))[0];

async function until(url: string) {
	for (let i = 0; i < 100; i++) {
		try {
			return await fetch(url);
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	throw new Error(`${url} never answered`);
}

async function checkHost(origin: string) {
	for (const [path, rules] of [
		['/fr/', expected['/*']],
		['/en/modules/01-jurisdiction/quiz/', expected['/*']],
		[`/_app/immutable/chunks/${immutable}`, { ...expected['/*'], ...expected['/_app/immutable/*'] }],
		['/service-worker.js', { ...expected['/*'], ...expected['/service-worker.js'] }]
	] as const) {
		const response = await until(origin + path);
		expect(response.status, path).toBe(200);
		for (const [name, value] of Object.entries(rules)) expect(response.headers.get(name), `${path}: ${name}`).toBe(value);
	}
	expect((await until(`${origin}/fr.webmanifest`)).headers.get('content-type')).toContain('application/manifest+json');
	expect((await until(`${origin}/nowhere/`)).status).toBe(404);
}

function stop(server: ChildProcess) {
	server.kill('SIGTERM');
}

test('nginx, as configured in deploy/nginx.conf, sends the headers of static/_headers', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'icc-nginx-'));
	const port = base + 11;
	const server = readFileSync(join(root, 'deploy/nginx.conf'), 'utf8')
		.replace('listen 80;', `listen 127.0.0.1:${port};`)
		.replace('root /var/www/icc-explainer;', `root ${site};`)
		.replaceAll('include /etc/nginx/icc-headers.conf;', `include ${join(root, 'deploy/nginx-headers.conf')};`);
	const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir}/${t};`).join('\n');
	writeFileSync(
		join(dir, 'nginx.conf'),
		`daemon off; worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events {}
http { include /etc/nginx/mime.types; default_type application/octet-stream; access_log off; ${temp}
${server}
}`
	);
	const nginx = spawn('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'inherit' });
	try {
		await checkHost(`http://127.0.0.1:${port}`);
	} finally {
		stop(nginx);
	}
});

test('Apache, as configured in deploy/apache.conf, sends the headers of static/_headers', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'icc-apache-'));
	const port = base + 12;
	const modules = '/usr/lib/apache2/modules';
	const site_conf = readFileSync(join(root, 'deploy/apache.conf'), 'utf8').replaceAll('/var/www/icc-explainer', site);
	writeFileSync(
		join(dir, 'httpd.conf'),
		`ServerName localhost
Listen 127.0.0.1:${port}
PidFile ${dir}/httpd.pid
ErrorLog ${dir}/error.log
${['mpm_event', 'authz_core', 'dir', 'mime', 'headers'].map((m) => `LoadModule ${m}_module ${modules}/mod_${m}.so`).join('\n')}
${process.getuid?.() === 0 ? 'User www-data\nGroup www-data' : ''}
TypesConfig /etc/mime.types
DocumentRoot "${site}"
${site_conf}`
	);
	const apache = spawn('apache2', ['-f', join(dir, 'httpd.conf'), '-DFOREGROUND'], { stdio: 'inherit' });
	try {
		await checkHost(`http://127.0.0.1:${port}`);
	} finally {
		stop(apache);
	}
});
