// Feeds as they are found in the wild rather than as the specs (RSS 2.0, RSS 1.0, RFC 4287) say:
// each breaks one rule the tests expect the connector to survive.

export const unescapedAmpersandsAndEntities = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Fish & Chips Weekly</title><link>https://fish.example/</link>
<item><title>Caf&eacute; &amp; more &rsquo;n&rsquo; stuff&nbsp;today</title><link>https://fish.example/a?x=1&y=2</link>
<guid>fish-1</guid><pubDate>Mon, 32 Foo 2024 99:99:99</pubDate><description>Salt & vinegar &lt;b&gt;bold&lt;/b&gt;</description></item>
</channel></rss>`;

/** The file ends in the middle of the second item, as a truncated download would. */
export const missingClosingTags = `<rss version="2.0"><channel><title>Cut short</title>
<item><title>Complete</title><link>https://cut.example/1</link><pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate></item>
<item><title>Cut off<link>https://cut.example/2</link>`;

export const atomWithRelativeLinks = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example/blog/">
  <title type="html">Atom &lt;em&gt;news&lt;/em&gt;</title><link href="/"/>
  <entry><id>tag:atom.example,2024:1</id><title type="html">&lt;i&gt;Relative&lt;/i&gt; to xml:base</title>
    <link href="posts/1"/><updated>2024-03-01T12:00:00Z</updated><author><name>Ann</name><uri>/people/ann</uri></author>
    <summary type="html"><![CDATA[<p>Hello <b>world</b></p><script>alert(1)</script><p>second&nbsp;paragraph</p>]]></summary></entry>
  <entry><title>No id, a javascript: link</title><link href="javascript:alert(1)"/><updated>2024-03-02T12:00:00Z</updated></entry>
</feed>`;

/** No xml:base: relative links resolve against the feed's own URL. */
export const atomWithoutBase = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Bare</title>
<entry><title>Root-relative</title><link rel="alternate" href="/p/1"/><published>2024-05-01T10:00:00+02:00</published></entry></feed>`;

export const rss10Rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example/"><title>RDF site summary</title><link>https://rdf.example/</link>
    <items><rdf:Seq><rdf:li rdf:resource="https://rdf.example/1"/></rdf:Seq></items></channel>
  <item rdf:about="https://rdf.example/1"><title>One</title><link>https://rdf.example/1</link>
    <dc:date>2024-01-01T00:00:00Z</dc:date><dc:creator>Bob</dc:creator><description>RDF entry</description></item>
</rdf:RDF>`;

/** Neither guid nor link nor date: the id is a hash, the date the moment it was read. */
export const noIdsNoDates = `<rss version="2.0"><channel><title>Bare items</title>
<item><title>First bare item</title><description>one</description></item>
<item><title>Second bare item</title><description>two</description></item></channel></rss>`;

const latin1Feed = `<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0"><channel><title>Caf\u00e9 cr\u00e8me</title><link>https://latin.example/</link>
<item><guid>l1</guid><title>D\u00e9j\u00e0 vu \u00e0 la cr\u00e8me br\u00fbl\u00e9e</title></item></channel></rss>`;

/** ISO-8859-1 bytes, while the server's Content-Type claims UTF-8. */
export const latin1Bytes = Buffer.from(latin1Feed, 'latin1');

/** The same bytes with no XML declaration: only the fallback (windows-1252) can read them. */
export const latin1BytesUndeclared = Buffer.from(latin1Feed.replace(/^<\?xml[^>]*>\n/, ''), 'latin1');

/** UTF-8 with a byte-order mark before the XML declaration. */
export const utf8WithBom = Buffer.concat([
  Buffer.from([0xef, 0xbb, 0xbf]),
  Buffer.from(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>BOM \u2713</title><item><guid>b1</guid><title>Na\u00efve \u{1f600}</title></item></channel></rss>`),
]);

export const htmlPage = `<!DOCTYPE html>
<html lang="en"><head><title>Our blog</title><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head>
<body><h1>Welcome</h1><article><h2>Post</h2></article></body></html>`;
