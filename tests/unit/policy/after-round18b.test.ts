/**
 * Phenomena found by held-out round 18's second pass, tested on texts written for the tests: a settings switch opened by a
 * gerund, a table row answered in its cells, a practice switched off until the person consents, a condition set off by
 * dashes on some members of a list, a consent given apart by its own tick, a counted Kazakh period, and a denied subject.
 * Each rule has wordings in the languages it applies to and a case it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { parse, expectStatus, statusOf, type StatusCase } from './helpers';

describe('after round 18b: a paragraph opened by switching its category on is conditional throughout', () => {
  it.each<StatusCase>([
    ['ru', 'Рекламные файлы.\nВключив эти файлы, вы позволяете рекламным сетям узнавать ваш браузер. В этом случае идентификатор передаётся партнёрам.', 'third_party_sharing', 'conditional'],
    ['en', 'Advertising cookies.\nBy enabling this category, you let ad networks learn more. They then read your browser type.', 'browser_info', 'conditional'],
    ['kk', 'Жарнамалық файлдар.\nБұл санатты қосу арқылы сіз жарнама желілеріне браузеріңізді тануға рұқсат бересіз. Идентификатор серіктестерге беріледі.', 'third_party_sharing', 'conditional'],
    // Turning it off is no condition, and a plain paragraph stays declared.
    ['en', 'Advertising cookies.\nWhen you turn it off, nothing changes for your account. Ad networks read your browser type.', 'browser_info', 'declared'],
    ['ru', 'Рекламные файлы.\nВключив компьютер, вы видите сайт. Идентификатор передаётся партнёрам.', 'third_party_sharing', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 18b: a table row whose answer cells all say no denies its data type', () => {
  const table = (rows: string) => `<html><body><h1>Privacy notice</h1><p>We process personal data as the table shows.</p><table><tr><th>Data</th><th>Kept</th><th>Passed on</th></tr>${rows}</table></body></html>`;
  it('en: "Education | No | No" is negated, "Gender | Yes | No" declared', () => {
    const parsed = parse(table('<tr><td>Education</td><td>No</td><td>No</td></tr><tr><td>Gender</td><td>Yes</td><td>No</td></tr>'));
    expect(statusOf(parsed, 'education')).toBe('negated');
    expect(statusOf(parsed, 'gender')).toBe('declared');
  });
  it('ru and kk: «Нет | Нет», «Жоқ | Жоқ» deny the row', () => {
    expect(statusOf(parse(table('<tr><td>Семейное положение</td><td>Нет</td><td>Нет</td></tr>')), 'family')).toBe('negated');
    expect(statusOf(parse(table('<tr><td>Білімі</td><td>Жоқ</td><td>Жоқ</td></tr>')), 'education')).toBe('negated');
  });
  it('a condition in a cell makes the row conditional', () => {
    expect(statusOf(parse(table('<tr><td>E-mail address</td><td>Only if you add it in settings</td><td>No</td></tr>')), 'email')).toBe('conditional');
  });
});

describe('after round 18b: switched off until the person consents is a condition, not a denial', () => {
  it.each<StatusCase>([
    ['en', 'Analytics cookies stay switched off until you accept them; we then count the pages you visit.', 'cookies', 'conditional'],
    ['ru', 'Аналитические cookie отключены, пока вы не дадите согласие в баннере.', 'cookies', 'conditional'],
    ['kk', 'Талдамалық cookie файлдары келісім бергенге дейін өшірулі.', 'cookies', 'conditional'],
    // Off for good stays a denial.
    ['en', 'Analytics cookies are switched off on this site.', 'cookies', 'negated'],
    ['ru', 'Аналитические cookie отключены на этом сайте.', 'cookies', 'negated'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));

  it.each<StatusCase>([
    ['en', 'Statistics are off by default. Only then, once you agree in the banner, do we see which pages are visited.', 'usage_data', 'conditional'],
    ['ru', 'Вы можете разрешить статистику в баннере. Только тогда мы видим, какие страницы посещаются.', 'usage_data', 'conditional'],
    // «только тогда, когда это нужно» names a purpose, not a case.
    ['ru', 'Мы видим, какие страницы посещаются, только тогда, когда это нужно для работы сайта.', 'usage_data', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 18b: a condition set off by dashes in a list qualifies only its members', () => {
  const ru = 'Я даю согласие на обработку моих данных: имени, адреса электронной почты, модели устройства, а также — только при их указании мною — ссылок на мои страницы в социальных сетях, данных о местоположении устройства — только при предоставлении мной разрешения, и иных сведений.';
  const en = 'We process your name, your e-mail address, your device model, and — only if you add them — links to your social media profiles, your device location — only with your permission, and other details.';
  it.each<StatusCase>([
    ['ru', ru, 'social_profile', 'conditional'],
    ['ru', ru, 'geolocation', 'conditional'],
    ['ru', ru, 'email', 'declared'],
    ['en', en, 'social_profile', 'conditional'],
    ['en', en, 'geolocation', 'conditional'],
    ['en', en, 'email', 'declared'],
    // A condition closing the first member reaches back over the commas in it.
    ['ru', 'Мы направляем сообщения о новых продуктах, акциях и скидках — исключительно при наличии отдельного согласия, а также храним имя.', 'purpose_advertising', 'conditional'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));

  it.each<StatusCase>([
    ['ru', 'Мы запрашиваем адрес электронной почты только при его указании в анкете.', 'email', 'conditional'],
    ['ru', 'При желании вы можете сообщить адрес электронной почты.', 'email', 'conditional'],
    ['ru', 'Мы запрашиваем адрес электронной почты при заполнении анкеты.', 'email', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 18b: a consent given apart, by its own tick, is a condition', () => {
  it.each<StatusCase>([
    ['ru', 'Рекламные рассылки мы направляем по согласию, которое даётся отдельно — путём проставления отметки в анкете.', 'purpose_advertising', 'conditional'],
    ['en', 'Consent to receive marketing messages is given separately, by ticking a box in the form.', 'purpose_advertising', 'conditional'],
    ['kk', 'Жарнамалық хабарламаларға келісім бөлек беріледі.', 'purpose_advertising', 'conditional'],
    ['ru', 'Мы направляем рекламные рассылки всем клиентам.', 'purpose_advertising', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 18b: smaller wordings', () => {
  it.each<StatusCase>([
    // A counted Kazakh period right before «сақталады».
    ['kk', 'Хабарламалар туралы мәліметтер 5 жыл сақталады.', 'retention', 'declared'],
    ['kk', 'Хабарламалар туралы мәліметтер серверде сақталады.', 'retention', 'silent'],
    // A denied subject: "nobody can watch".
    ['en', 'Nobody can watch your session recordings.', 'session_recording', 'negated'],
    ['en', 'Our support staff can watch your session recordings.', 'session_recording', 'declared'],
    // An item the person chooses to name.
    ['en', 'If you name a contact person, please tell them first.', 'contact_persons', 'conditional'],
    ['en', 'You must name a contact person in the form.', 'contact_persons', 'declared'],
    // «без … (электронного) согласия» after a denial is an exception.
    ['ru', 'Трансграничная передача данных не осуществляется без отдельного письменного (электронного) согласия.', 'cross_border_transfer', 'conditional'],
    ['ru', 'Трансграничная передача данных не осуществляется.', 'cross_border_transfer', 'negated'],
    // A passive question names what the person did on the site.
    ['en', 'We count which pages are visited.', 'usage_data', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});
