import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');

// The browser tests are only worth what the build they drive is worth: the one users get.
describe('the app the browser tests drive', () => {
  it("is the production build: React's development code, which only warns, is not in it", async () => {
    const html = await (await fetch(baseUrl)).text();
    const entry = /<script type="module" crossorigin src="\/?([^"]+)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const script = await (await fetch(new URL(entry ?? '', baseUrl))).text();
    expect(script).toContain('createRoot');
    expect(script).not.toContain('cannot be a child of');
  });
});
