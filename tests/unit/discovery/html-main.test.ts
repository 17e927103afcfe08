import { describe, expect, it } from 'vitest';
import { hasPasswordField, mainContentText } from '../../../src/discovery/extract/html-main';

const POLICY = Array.from({ length: 6 }, (_, i) => `<p>${i + 1}.1. Мы обрабатываем персональные данные клиентов: фамилию, имя, номер телефона и адрес электронной почты.</p>`).join('');
const MENU = '<ul class="menu"><li><a href="/">Главная</a></li><li><a href="/zaim">Займы онлайн</a></li><li><a href="/faq">Вопросы и ответы</a></li></ul>';
const FOOTER = '<footer><p>© 2025 ТОО «МФО Ақша Тез». Лицензия АРРФР № 02.21.0001.М</p><a href="/privacy">Политика конфиденциальности</a></footer>';

const doc = (body: string) => `<!doctype html><html><head><title>Политика</title><style>p{color:red}</style></head><body>${body}</body></html>`;

describe('main content of a policy page', () => {
  it('reads the <main> element when the page marks it', () => {
    const text = mainContentText(doc(`<header>${MENU}</header><main><h1>Политика конфиденциальности</h1>${POLICY}</main>${FOOTER}`));
    expect(text.startsWith('Политика конфиденциальности\n\n1.1. Мы обрабатываем')).toBe(true);
    expect(text).not.toMatch(/Главная|Займы онлайн|Лицензия/u);
  });

  it('reads the largest <article> when there is no <main>', () => {
    const text = mainContentText(doc(`${MENU}<article><p>Новость: снижение ставок.</p></article><article>${POLICY}</article>${FOOTER}`));
    expect(text).toContain('6.1. Мы обрабатываем');
    expect(text).not.toMatch(/Новость|Главная|Лицензия/u);
  });

  it('without landmarks, takes the block holding most of the text, not the menu or sidebar beside it', () => {
    const sidebar = '<div class="sidebar"><a href="/about">О компании</a> <a href="/docs">Документы и лицензии</a></div>';
    const html = doc(`<div id="wrap"><div class="top">${MENU}</div>${sidebar}<div class="content"><h2>Политика</h2>${POLICY}</div></div><div class="bottom">© 2025 ТОО</div>`);
    const text = mainContentText(html);
    expect(text.startsWith('Политика\n\n1.1.')).toBe(true);
    expect(text).not.toMatch(/Главная|О компании|© 2025/u);
  });

  it('does not let a long footer or menu drown the content block', () => {
    const legal = `<footer>${'<p>Микрофинансовая организация ТОО «МФО Ақша Тез», лицензия АРРФР, адрес, телефоны, реквизиты.</p>'.repeat(5)}</footer>`;
    const sidebar = '<div class="sidebar"><a href="/about">О компании и её истории</a> <a href="/docs">Документы и лицензии</a></div>';
    const text = mainContentText(doc(`<div id="wrap">${sidebar}<div class="content">${POLICY}</div>${legal}</div>`));
    expect(text.startsWith('1.1. Мы обрабатываем')).toBe(true);
    expect(text).not.toMatch(/О компании|лицензия АРРФР/u);
  });

  it('never counts script, style or comment text as content', () => {
    const script = `<script>var s = "<div>${'мусор '.repeat(400)}</div>";</script><!-- <div>${'комментарий '.repeat(300)}</div> -->`;
    const text = mainContentText(doc(`${script}<div class="a">${MENU}</div><div class="policy">${POLICY}</div>`));
    expect(text).not.toMatch(/мусор|комментарий|Главная/u);
    expect(text).toContain('1.1. Мы обрабатываем');
  });

  it('survives unclosed and stray tags and absurd nesting', () => {
    const nested = '<div>'.repeat(5000) + POLICY + '</span></div></td>';
    expect(mainContentText(doc(nested))).toContain('6.1. Мы обрабатываем');
    expect(mainContentText(doc(`<div class="content">${POLICY}<div class="x">`))).toContain('1.1.');
  });

  it('leaves a short page whole', () => {
    expect(mainContentText(doc('<main><p>Коротко.</p></main><footer>Подвал</footer>'))).toBe('Коротко.');
  });

  it('recognises a sign-in form', () => {
    expect(hasPasswordField('<form><input name=login><input type="password" name="p"></form>')).toBe(true);
    expect(hasPasswordField("<INPUT TYPE='PASSWORD'>")).toBe(true);
    expect(hasPasswordField('<input type="text" placeholder="password">')).toBe(false);
  });
});
