// Data-borne URLs are rendered as links: only http(s) may pass the schemas.
import { describe, expect, it } from 'vitest';
import { webUrl, sourceSchema, personSchema } from '../../site/schemas/common';

describe('webUrl', () => {
  it.each(['https://example.org/a?b=c', 'http://fablab.example/'])('accepts %s', (u) => {
    expect(webUrl.safeParse(u).success).toBe(true);
  });
  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>1</script>', 'ftp://example.org/', 'vbscript:x', 'not a url'])(
    'rejects %s',
    (u) => expect(webUrl.safeParse(u).success).toBe(false),
  );
  it('guards the URLs of sources and people', () => {
    expect(sourceSchema.safeParse({ title: 'Une source', url: 'javascript:alert(1)' }).success).toBe(false);
    expect(personSchema.safeParse({ name: 'A', url: 'data:text/html,x' }).success).toBe(false);
    expect(sourceSchema.safeParse({ title: 'Une source', url: 'https://example.org/' }).success).toBe(true);
  });
});
