// Vite's asset imports (e.g. the PDF.js worker bundled as a file: `...?url`).
/// <reference types="vite/client" />
