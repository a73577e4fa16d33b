import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { richTextToPlain, sanitizeRichText } from './rich-text'

/** Every tag the sanitiser may emit, exactly. */
const allowedTag = /^<(\/?(h2|h3|p|ul|ol|li|strong|em|a)|br|a href="[^"<>]*" rel="noopener")>$/

const tagsOf = (html: string) => html.match(/<[^>]*>?/g) ?? []

/** Fragments that make hostile or broken HTML more likely than random characters do. */
const fragment = fc.constantFrom(
  '<',
  '>',
  '</',
  '/>',
  '"',
  "'",
  '=',
  '&',
  '&amp;',
  '&lt;',
  '&#60;',
  '&#x3C;',
  '&quot;',
  ' ',
  '\n',
  '\t',
  '\u0000',
  'script',
  '<script>',
  '</script>',
  '<SCRIPT>',
  '<style>',
  '</style >',
  '<!--',
  '-->',
  '<!DOCTYPE html>',
  '<p>',
  '</p>',
  '<h2>',
  '<h1>',
  '</h3>',
  '<ul>',
  '<li>',
  '</li>',
  '<br/>',
  '</br>',
  '<a href="',
  '<a href=',
  "<a href='",
  '<a',
  '</a>',
  'javascript:',
  'java\tscript:',
  'JaVaScRiPt:',
  'data:text/html,',
  'https://exemple.fr',
  'mailto:a@b.fr',
  ' onclick=',
  ' onerror="',
  ' ONLOAD=',
  '<img src=x',
  '<svg onload=alert(1)>',
  '<iframe src="https://x">',
  '<strong>',
  '</em>',
  'é',
  'texte',
)
const hostileHtml = fc.oneof(
  fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string(),
)

describe('sanitizeRichText', () => {
  it('keeps the allowed tags and the text of the others', () => {
    expect(
      sanitizeRichText(
        '<h1>Titre</h1><h2>Le métier</h2><p class="x" style="color:red">Un <strong>vrai</strong> <em>métier</em><br/>utile</p><ul><li>un</li></ul><ol><li>deux</li></ol><div><span>gardé</span></div>',
      ),
    ).toBe(
      'Titre<h2>Le métier</h2><p>Un <strong>vrai</strong> <em>métier</em><br>utile</p><ul><li>un</li></ul><ol><li>deux</li></ol>gardé',
    )
  })

  it('removes scripts, styles and comments with their content', () => {
    expect(sanitizeRichText('<p>a<script>alert("x")</script>b<style>p{}</style>c<!-- caché -->d</p>')).toBe(
      '<p>abcd</p>',
    )
    expect(sanitizeRichText('<p>a</p><SCRIPT type="text/javascript">alert(1)</SCRIPT >')).toBe('<p>a</p>')
    expect(sanitizeRichText('avant<script>jamais fermé')).toBe('avant')
  })

  it('keeps only http, https and mailto links, with rel="noopener", and no other attribute', () => {
    expect(
      sanitizeRichText(
        '<a href="https://www.francetravail.fr" target="_blank" onclick="x()">France Travail</a>',
      ),
    ).toBe('<a href="https://www.francetravail.fr" rel="noopener">France Travail</a>')
    expect(sanitizeRichText("<a href='mailto:contact@ain.fr'>écrire</a>")).toBe(
      '<a href="mailto:contact@ain.fr" rel="noopener">écrire</a>',
    )
    expect(sanitizeRichText('<a href="javascript:alert(1)">piège</a>')).toBe('piège')
    expect(sanitizeRichText('<a href="java&#x09;script:alert(1)">piège</a>')).toBe('piège')
    expect(sanitizeRichText('<a href=" &#106;avascript:alert(1)">piège</a>')).toBe('piège')
    expect(sanitizeRichText('<a href="/relatif">lien</a>')).toBe('lien')
    expect(sanitizeRichText('<a href="https://a.fr/?q=1&amp;r=&quot;2">x</a>')).toBe(
      '<a href="https://a.fr/?q=1&amp;r=&quot;2" rel="noopener">x</a>',
    )
  })

  it('balances the tags it keeps', () => {
    expect(sanitizeRichText('<p><strong>gras')).toBe('<p><strong>gras</strong></p>')
    expect(sanitizeRichText('</p>texte</li>')).toBe('texte')
    expect(sanitizeRichText('<ul><li>un<li>deux</ul>')).toBe('<ul><li>un<li>deux</li></li></ul>')
  })

  it('escapes text so that it can never become a tag', () => {
    expect(sanitizeRichText('3 < 5 & 7 > 2')).toBe('3 &lt; 5 &amp; 7 &gt; 2')
    expect(sanitizeRichText('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt;',
    )
    expect(sanitizeRichText('l&rsquo;aide &agrave; domicile')).toBe('l’aide à domicile')
  })

  it('never lets a script, an event handler or a javascript: link through, whatever the input', () => {
    fc.assert(
      fc.property(hostileHtml, (html) => {
        const clean = sanitizeRichText(html)
        expect(clean.toLowerCase()).not.toContain('<script')
        expect(clean.toLowerCase()).not.toContain('<style')
        for (const tag of tagsOf(clean)) {
          expect(tag).toMatch(allowedTag)
          expect(tag).not.toMatch(/\son\w*=/i)
          const href = /href="([^"]*)"/.exec(tag)?.[1]
          if (href !== undefined) expect(href.replace(/&amp;/g, '&')).toMatch(/^(https?:\/\/|mailto:)/i)
        }
      }),
      { numRuns: 3000 },
    )
  })

  it('changes nothing when run on its own output', () => {
    fc.assert(
      fc.property(hostileHtml, (html) => {
        const once = sanitizeRichText(html)
        expect(sanitizeRichText(once)).toBe(once)
      }),
      { numRuns: 3000 },
    )
  })

  it('keeps every word of plain text', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zA-Zéèàç0-9 .,;:!?'’()-]*$/), (text) => {
        expect(sanitizeRichText(text)).toBe(text)
      }),
    )
  })
})

describe('richTextToPlain', () => {
  it('gives the words on one line, blocks separated by a space, entities decoded', () => {
    expect(
      richTextToPlain(
        '<h2>Le métier</h2><p>Aider&nbsp;les <strong>personnes</strong> &amp; leurs proches.</p><ul><li>un</li><li>deux</li></ul>',
      ),
    ).toBe('Le métier Aider les personnes & leurs proches. un deux')
    expect(richTextToPlain('<p>a<script>x</script></p><p>b</p>')).toBe('a b')
  })

  it('never keeps a script’s content', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const plain = richTextToPlain(
          `${before.replace(/[<&]/g, '')}<script>secret()</script>${after.replace(/[<&]/g, '')}`,
        )
        expect(plain).not.toContain('secret()')
      }),
    )
  })
})
