import { describe, expect, it } from 'vitest';
import { securitySchema } from '../../src/config/schema.js';
import { PolicyViolationError } from '../../src/policy/errors.js';
import { checkXml, MAX_XML_BYTES } from '../../src/policy/xml-policy.js';

/*
 * The parser's side of the XML policy: size, well-formedness, DOCTYPE and entities, processing
 * instructions, and ambiguous attributes. Every refusal here is rule `xml_syntax`, and none can
 * be lifted: even the most permissive configuration refuses them.
 */

const strict = securitySchema.parse({});
const permissive = securitySchema.parse({
  allowed_storage_paths: ['/'],
  xml: { allow_qemu_commandline: true, allow_hostdev: true, allow_direct_interface: true, allow_host_chardev: true },
});

function rejection(xml: string, kind: 'domain' | 'device' | 'network' | 'pool' = 'domain'): PolicyViolationError {
  let thrown: unknown;
  try {
    checkXml(kind, xml, strict);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(PolicyViolationError);
  // The same document is refused however much the configuration allows.
  expect(() => {
    checkXml(kind, xml, permissive);
  }).toThrow(PolicyViolationError);
  return thrown as PolicyViolationError;
}

const minimal = "<domain type='kvm'><name>vm1</name><memory>1024</memory><os><type>hvm</type></os></domain>";

describe('XML policy: parsing', () => {
  it('accepts a minimal domain, with or without an XML declaration, comments and CDATA', () => {
    checkXml('domain', minimal, strict);
    checkXml('domain', `<?xml version="1.0" encoding="UTF-8"?>\n${minimal}`, strict);
    checkXml('domain', `<!-- made by hand -->${minimal}<!-- end -->`, strict);
    checkXml(
      'domain',
      minimal.replace('<name>vm1</name>', '<name><![CDATA[vm1]]></name><description>a &amp; b &#x263A;</description>'),
      strict,
    );
  });

  it.each([
    [
      'external entity',
      '<!DOCTYPE domain [<!ENTITY xxe SYSTEM "file:///etc/shadow">]><domain><name>&xxe;</name></domain>',
    ],
    [
      'internal entity hiding a type',
      "<!DOCTYPE domain [<!ENTITY d 'direct'>]><domain><devices><interface type='&d;'/></devices></domain>",
    ],
    [
      'billion laughs',
      '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><domain>&lol3;</domain>',
    ],
    ['bare DOCTYPE', '<!DOCTYPE domain><domain/>'],
    ['DOCTYPE with a system id', '<!DOCTYPE domain SYSTEM "http://example.com/evil.dtd"><domain/>'],
    ['parameter entity', '<!DOCTYPE domain [<!ENTITY % p SYSTEM "http://example.com/x">%p;]><domain/>'],
  ])('refuses a DOCTYPE: %s', (_name, xml) => {
    const error = rejection(xml);
    expect(error.rule).toBe('xml_syntax');
    // Either the DOCTYPE itself is named, or the parser could not even get past it.
    expect(error.message).toMatch(/DOCTYPE|not well-formed/);
  });

  it('names the DOCTYPE when it is well-formed', () => {
    const error = rejection(
      "<!DOCTYPE domain [<!ENTITY d 'direct'>]><domain><devices><interface type='&d;'/></devices></domain>",
    );
    expect(error.element).toBe('<!DOCTYPE>');
    expect(error.message).toContain('DOCTYPE');
  });

  it.each([
    ['at the top', '<?xml-stylesheet href="x"?><domain/>'],
    ['inside the document', "<domain><?evil x='1'?><name>a</name></domain>"],
    ['deep inside', '<domain><devices><disk><?x?></disk></devices></domain>'],
    ['after the root', '<domain/><?x?>'],
  ])('refuses a processing instruction %s', (_name, xml) => {
    const error = rejection(xml);
    expect(error.rule).toBe('xml_syntax');
    expect(error.message).toContain('processing instruction');
  });

  it.each([
    ['unclosed element', '<domain><devices></domain>'],
    ['truncated', "<domain><devices><disk type='file'"],
    ['two roots', '<domain/><domain/>'],
    ['text after the root', '<domain/>trailing'],
    ['empty', ''],
    ['only a comment', '<!-- nothing -->'],
    ['not XML', 'name: vm1'],
    ['duplicate attribute', "<domain><devices><interface type='network' type='direct'/></devices></domain>"],
    ['unquoted attribute (xmldom would repair it)', '<domain><devices><interface type=direct/></devices></domain>'],
    ['unknown entity', '<domain><name>&foo;</name></domain>'],
    ['unbound prefix', '<domain><qemu:commandline/></domain>'],
    ['< in an attribute', "<domain><name a='<'/></domain>"],
  ])('refuses malformed XML with a clear error: %s', (_name, xml) => {
    const error = rejection(xml);
    expect(error.rule).toBe('xml_syntax');
    expect(error.message).toMatch(/not well-formed|no root element/);
  });

  it.each([
    ['NUL (libvirt would read the C string only up to it)', `${minimal}\u0000<devices><hostdev/></devices>`],
    ['a C0 control character', minimal.replace('vm1', 'vm\u00011')],
    ['U+FFFF', minimal.replace('vm1', 'vm\uFFFF')],
    ['a lone surrogate', minimal.replace('vm1', 'vm\uD800')],
  ])('refuses characters XML does not allow: %s', (_name, xml) => {
    const error = rejection(xml);
    expect(error.rule).toBe('xml_syntax');
  });

  it('accepts characters XML allows, including astral ones and U+FFFD', () => {
    checkXml('domain', minimal.replace('vm1', 'vm-😀-\uFFFD-é'), strict);
  });

  it('refuses XML over the size bound before parsing it', () => {
    const filler = `<!--${'x'.repeat(MAX_XML_BYTES)}-->`;
    const error = rejection(minimal + filler);
    expect(error.rule).toBe('xml_syntax');
    expect(error.message).toContain(`larger than ${MAX_XML_BYTES} bytes`);
    // Counted in UTF-8 bytes: fewer characters than the bound can still be too many bytes.
    const wide = `<!--${'é'.repeat(MAX_XML_BYTES / 2)}-->`;
    expect(wide.length).toBeLessThan(MAX_XML_BYTES);
    expect(rejection(minimal + wide).message).toContain('larger than');
    // A huge unclosed document is refused by size, not parsed.
    expect(rejection(`<domain>${'<a>'.repeat(MAX_XML_BYTES)}`).message).toContain('larger than');
  });

  it('accepts XML just under the size bound', () => {
    const padding = MAX_XML_BYTES - minimal.length - '<!---->'.length;
    checkXml('domain', `${minimal}<!--${'x'.repeat(padding)}-->`, strict);
  });

  it('walks very deep documents without overflowing the stack', () => {
    const depth = 100_000;
    const deep = `<domain><metadata>${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}</metadata></domain>`;
    checkXml('domain', deep, strict);
    const deepHostile = `<domain><metadata>${'<a>'.repeat(depth)}<hostdev/>${'</a>'.repeat(depth)}</metadata></domain>`;
    expect(() => {
      checkXml('domain', deepHostile, strict);
    }).toThrow(/hostdev/);
  });

  it('refuses an attribute given twice in different namespaces with different values', () => {
    // libvirt's xmlGetProp ignores namespaces and takes whichever comes first.
    for (const xml of [
      "<domain xmlns:x='urn:x'><devices><interface x:type='direct' type='network'/></devices></domain>",
      "<domain xmlns:x='urn:x'><devices><interface type='network' x:type='direct'/></devices></domain>",
    ]) {
      const error = rejection(xml);
      expect(error.rule).toBe('xml_syntax');
      expect(error.message).toContain("several 'type' attributes");
    }
  });

  it('reads a namespaced attribute as libvirt does (by local name)', () => {
    let thrown: unknown;
    try {
      checkXml('domain', "<domain xmlns:x='urn:x'><devices><interface x:type='direct'/></devices></domain>", strict);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ rule: 'direct_interface' });
  });

  it('refuses the wrong root element for the kind', () => {
    expect(rejection('<network/>', 'domain').message).toContain('<domain> root');
    expect(rejection('<domain/>', 'network').message).toContain('<network> root');
    expect(rejection('<domain/>', 'pool').message).toContain('<pool> root');
    expect(rejection('<domain/>', 'device').rule).toBe('unsupported');
    expect(rejection('<devices/>', 'device').rule).toBe('unsupported');
  });

  it('sets name, element, rule and a message that names the rule', () => {
    const error = rejection('<!DOCTYPE d><domain/>');
    expect(error.name).toBe('PolicyViolationError');
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toContain('(rule xml_syntax)');
  });

  it('keeps the parser error as the cause of a malformed-XML rejection', () => {
    const error = rejection('<domain><devices></domain>');
    expect(error.cause).toBeInstanceOf(Error);
    expect(error.message).toContain('line 1');
  });
});
