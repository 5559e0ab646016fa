import { defineConfig } from 'vite';

// The Maven build passes --outDir target/classes/META-INF/resources, where Quarkus serves static files.
// Everything is bundled: no CDN, no font or script fetched at run time.
export default defineConfig({
  base: '/',
  build: {
    outDir: 'dist',
    // Never empty the output: under Maven it is target/classes/META-INF/resources, shared with other resources.
    emptyOutDir: false,
    assetsDir: 'assets',
    sourcemap: false,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // `npm run dev` against a gateway on :8080 (sign in there first: the session cookie is shared).
    proxy: { '/api': 'http://localhost:8080', '/login': 'http://localhost:8080', '/logout': 'http://localhost:8080' },
  },
});
