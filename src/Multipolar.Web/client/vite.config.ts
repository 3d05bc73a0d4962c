import { defineConfig } from 'vite';

// Built by the .NET build (Multipolar.Web.csproj runs `npm ci && npm run build` when inputs change) into dist/,
// which is embedded in the server assembly. No CDN: every file is served by `multipolar serve`.
export default defineConfig({
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    rollupOptions: { input: { main: 'index.html', embed: 'embed.html' } },
  },
});
