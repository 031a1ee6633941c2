import { describe, expect, it } from 'vitest';
import { placeholderSite, siteAddress, siteUrlNotice } from '../../src/lib/site-url';

describe('SITE_URL', () => {
  it('is the site’s address when set, the placeholder when unset or empty', () => {
    expect(siteAddress({ SITE_URL: 'https://llm.example.org' })).toBe('https://llm.example.org');
    expect(siteAddress({})).toBe(placeholderSite);
    expect(siteAddress({ SITE_URL: '' })).toBe('https://llm-showdown.example');
  });

  it('unset, gives one line that names what points at the placeholder and how to set it', () => {
    const notice = siteUrlNotice({});
    expect(notice).toBe(
      'SITE_URL is not set: embed snippets and oEmbed files will point at the placeholder https://llm-showdown.example, where nothing is served. Set the site’s address with SITE_URL=https://your.host npm run build',
    );
    expect(notice).not.toContain('\n');
    expect(siteUrlNotice({ SITE_URL: 'https://llm.example.org' })).toBeUndefined();
  });
});
