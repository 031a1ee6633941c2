/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests share Astro's Vite set-up, so `astro/zod` and TypeScript resolve as in the site.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
