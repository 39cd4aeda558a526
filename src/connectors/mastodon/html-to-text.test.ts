import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { htmlToText } from './html-to-text.ts';

describe('Mastodon HTML to plain text', () => {
  it('turns paragraphs and line breaks into newlines', () => {
    assert.equal(htmlToText('<p>one<br />two</p><p>three</p>'), 'one\ntwo\n\nthree');
  });

  it('keeps the full URL of a shortened link and shows mentions as @user', () => {
    const html =
      '<p><span class="h-card"><a href="https://m.example/@ann" class="u-url mention">@<span>ann</span></a></span> see ' +
      '<a href="https://example.com/a/very/long/path/indeed/yes"><span class="invisible">https://</span><span class="ellipsis">example.com/a/very/long/path/i</span><span class="invisible">ndeed/yes</span></a></p>';
    assert.equal(htmlToText(html), '@ann see https://example.com/a/very/long/path/indeed/yes');
  });

  it('decodes entities once, so escaped markup stays text', () => {
    assert.equal(htmlToText('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp;lt; &#39;q&#39; &#x1F600; &nbsp;.</p>'), "<script>alert(1)</script> &lt; 'q' 😀 \u00a0.");
  });

  it('replaces invalid numeric entities instead of producing broken text', () => {
    assert.equal(htmlToText('<p>&#0;&#xD800;&#1114112;&unknown;</p>'), '\ufffd\ufffd\ufffd&unknown;');
  });

  it('drops the hidden "RE:" paragraph of a quote post', () => {
    assert.equal(htmlToText('<p class="quote-inline">RE: <a href="https://x.example/1">x</a></p><p>my take</p>'), 'my take');
  });
});
