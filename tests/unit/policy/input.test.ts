/** Input the parser refuses, and policy pages given as HTML. */
import { describe, expect, it } from 'vitest';
import { htmlToText, MAX_INPUT_BYTES, parsePolicy, parsePolicySync } from '../../../src/policy/index';
import { declarationsOf, parse, statusOf } from './helpers';

function errorCode(text: string): string {
  const result = parsePolicySync(text, { source: 'test' });
  return result.ok ? 'ok' : result.error.code;
}

describe('refused input', () => {
  it('empty and whitespace-only text', () => {
    expect(errorCode('')).toBe('empty');
    expect(errorCode(' \n\t \n')).toBe('empty');
  });

  it('binary: NUL bytes or many control and replacement characters', () => {
    expect(errorCode('Политика конфиденциальности\u0000\u0001персональные данные')).toBe('binary');
    expect(errorCode(`Политика конфиденциальности ${'\ufffd\u0003'.repeat(50)} персональные данные`)).toBe('binary');
  });

  it('text without policy vocabulary in each language', () => {
    expect(errorCode('Возьмите два яйца, стакан молока и муку. Жарьте блины на сковороде до золотистого цвета.')).toBe('not_policy');
    expect(errorCode('Астана — Қазақстанның астанасы. Қалада көптеген саябақтар мен мұражайлар бар.')).toBe('not_policy');
    expect(errorCode('The river flooded the valley in spring, and the farmers moved their sheep to higher ground.')).toBe('not_policy');
  });

  it('accepts a cookie settings page that never says "personal data", in each language', () => {
    expect(errorCode('Настройки файлов cookie. Вы можете отключить аналитические cookie и рекламные пиксели партнёров.')).toBe('ok');
    expect(errorCode('Наш сайт использует файлы cookie; аналитические cookie и пиксели партнёров включаются только с вашего согласия.')).toBe('ok');
    expect(errorCode('Cookie файлдарын баптау. Талдау cookie файлдарын және серіктестердің пиксельдерін өшіре аласыз.')).toBe('ok');
    expect(errorCode('Cookie settings. You can switch off analytics cookies and our partners\' advertising pixels.')).toBe('ok');
    expect(errorCode('Печенье (cookie) — это выпечка из песочного теста; ароматные cookie продаются в пекарне.')).toBe('not_policy');
  });

  it('more than 1 MB, with a sentence that says so', async () => {
    const result = await parsePolicy(`Политика конфиденциальности. ${'а'.repeat(MAX_INPUT_BYTES)}`, { source: 'big' });
    expect(result.ok ? null : result.error).toMatchObject({ code: 'too_large', message: expect.stringMatching(/at most 1048576 bytes \(1 MB\)/u) });
  });

  it('accepts just under 1 MB of policy text and still finds its declarations', () => {
    const unit = 'Политика конфиденциальности. Мы собираем персональные данные: ИИН; номер телефона.\n';
    const text = unit.repeat(Math.floor((MAX_INPUT_BYTES - 1000) / new TextEncoder().encode(unit).length));
    const parsed = parse(text);
    expect(statusOf(parsed, 'national_id')).toBe('declared');
    expect(declarationsOf(parsed, 'phone')).toHaveLength(1);
  });
});

describe('HTML policy pages', () => {
  const page = `<!doctype html><html><head><title>Политика</title><style>p{color:red}</style><script>var iin = "ИИН";</script></head>
<body><nav><a href="/">Главная</a> Наши данные о геолокации</nav><main><h1>Политика конфиденциальности</h1>
<p>1.1. Мы&nbsp;собираем:</p><ul><li>ИИН&#59;</li><li>номер&nbsp;телефона &amp; e-mail.</li></ul><!-- камера -->
<p>Обработка персональных данных ведется с&nbsp;вашего согласия.</p></main><footer>Камера наблюдения</footer></body></html>`;

  it('drops scripts, styles, navigation, footers and comments, and decodes entities', () => {
    const text = htmlToText(page);
    expect(text).not.toMatch(/var iin|Главная|геолокации|color:red|Камера|камера/u);
    expect(text).toContain('номер телефона & e-mail.');
    expect(text.split('\n')).toContain('ИИН;');
  });

  it('parses list items from <li> and quotes the page text verbatim', () => {
    const parsed = parse(page);
    expect(declarationsOf(parsed, 'national_id')[0]).toMatchObject({ quote: 'ИИН', section: '1.1' });
    expect(statusOf(parsed, 'phone')).toBe('declared');
    expect(statusOf(parsed, 'camera')).toBe('silent');
    expect(statusOf(parsed, 'geolocation')).toBe('silent');
  });
});
