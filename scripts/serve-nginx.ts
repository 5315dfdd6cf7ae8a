// `npm run serve:nginx`: serves the production build (dist/) through Debian's nginx with the headers
// the build wrote to nginx/site.conf, on http://127.0.0.1:$PORT (default 8080), in the foreground.
// Usage: node scripts/serve-nginx.ts [project root, default: this folder]
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NGINX_SITE_CONF } from '../src/integrations/http-headers.ts';

const root = resolve(process.argv[2] ?? '.');
const port = Number(process.env['PORT'] ?? 8080);
const dist = join(root, 'dist');
const siteConf = join(root, NGINX_SITE_CONF);

if (!Number.isInteger(port) || port < 1 || port > 65535) {
	console.error(`PORT must be a port number, not "${process.env['PORT']}"`);
	process.exit(1);
}
for (const [path, what] of [
	[join(dist, 'index.html'), 'the built site'],
	[siteConf, 'the nginx configuration'],
] as const) {
	if (!existsSync(path)) {
		console.error(`${path} is missing: run \`npm run build\` first (it writes ${what}).`);
		process.exit(1);
	}
}

// nginx keeps its pid file, logs and request-body buffers here, not in /var.
const prefix = mkdtempSync(join(tmpdir(), 'meso-nginx-'));
chmodSync(prefix, 0o755);
const temp = (name: string) => join(prefix, name);
const conf = `# Written by scripts/serve-nginx.ts for one run; the site's rules come from ${NGINX_SITE_CONF}.
${process.getuid?.() === 0 ? '# Running as root (CI): workers keep root so they can read a checkout in any folder.\nuser root;\n' : ''}worker_processes 1;
pid ${temp('nginx.pid')};
error_log stderr warn;
events { worker_connections 1024; }
http {
	access_log off;
	client_body_temp_path ${temp('client_body')};
	proxy_temp_path ${temp('proxy')};
	fastcgi_temp_path ${temp('fastcgi')};
	uwsgi_temp_path ${temp('uwsgi')};
	scgi_temp_path ${temp('scgi')};
	server {
		listen 127.0.0.1:${port};
		root ${dist};
		include ${siteConf};
	}
}
`;
writeFileSync(temp('nginx.conf'), conf);

const nginx = spawn('nginx', ['-p', prefix, '-e', 'stderr', '-c', temp('nginx.conf'), '-g', 'daemon off;'], {
	stdio: 'inherit',
});
console.log(`Serving ${dist} with nginx at http://127.0.0.1:${port}/ (Ctrl+C to stop)`);

const cleanUp = () => rmSync(prefix, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => nginx.kill('SIGQUIT'));
nginx.on('error', (error) => {
	console.error(`Could not start nginx (${error.message}). Install it: apt-get install nginx`);
	cleanUp();
	process.exit(1);
});
nginx.on('exit', (code, signal) => {
	cleanUp();
	process.exit(code ?? (signal ? 0 : 1));
});
