import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

// embed.html (the page an embed snippet's iframe loads) is index.html with the site's header and footer hidden:
// written from the built index.html, so the two never drift apart.
const embedPage = (): Plugin => ({
  name: 'multipolar-embed-page',
  apply: 'build',
  closeBundle() {
    const dist = resolve(import.meta.dirname, 'dist');
    const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
    if (!html.includes('<body class="">')) throw new Error('index.html: expected <body class=""> to derive embed.html from');
    writeFileSync(resolve(dist, 'embed.html'), html.replace('<body class="">', '<body class="embed">'));
  },
});

// Built by the .NET build (Multipolar.Web.csproj runs `npm ci && npm run build` when inputs change) into dist/,
// which is embedded in the server assembly. No CDN: every file is served by `multipolar serve`.
export default defineConfig({
  base: '/',
  plugins: [embedPage()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
});
