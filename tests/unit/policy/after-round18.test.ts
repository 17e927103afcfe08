/**
 * Phenomena found by held-out round 18, tested on texts written for the tests: a denial said in the tail that excludes
 * one thing from a list of data, a condition that opens one member of a lead's verb list, and a short Kazakh notice
 * that names the person's own data and what is done with it. Each rule has wordings in the languages it applies to and
 * a case it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { parsePolicySync } from '../../../src/policy/index';
import { expectStatus, type StatusCase } from './helpers';

describe('after round 18: a denial in an excluding tail denies only what the tail names', () => {
  it.each<StatusCase>([
    ['ru', 'Мы собираем имя, адрес электронной почты и модель устройства, за исключением списка контактов, доступ к которому мы не запрашиваем.', 'email', 'declared'],
    ['ru', 'Мы собираем имя, адрес электронной почты и модель устройства, за исключением списка контактов, доступ к которому мы не запрашиваем.', 'contact_book', 'negated'],
    ['ru', 'Приложение получает IP-адрес и геолокацию, кроме записей микрофона, которые никогда не сохраняются.', 'geolocation', 'declared'],
    ['en', 'We collect your name, e-mail address and device model, except your contact list, which we never access.', 'email', 'declared'],
    ['en', 'We collect your name, e-mail address and device model, except your contact list, which we never access.', 'contact_book', 'negated'],
    // A denial before the exception still governs, and «за исключением случаев» lifts a denial as before.
    ['ru', 'Мы не передаем адрес электронной почты третьим лицам, за исключением случаев, предусмотренных законом.', 'email', 'conditional'],
    ['en', 'We do not share your e-mail address with anyone except the credit bureau.', 'email', 'conditional'],
    ['ru', 'Мы не собираем адрес электронной почты, кроме как с вашего согласия.', 'email', 'conditional'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 18: a condition opening one member of a lead\'s verb list stays with that member', () => {
  it.each<StatusCase>([
    ['ru', 'Я даю согласие на сбор, хранение, а при необходимости — передачу за рубеж следующих данных: имени, адреса электронной почты.', 'email', 'declared'],
    ['ru', 'Я даю согласие на сбор, хранение, а при необходимости — передачу за рубеж следующих данных: имени, адреса электронной почты.', 'cross_border_transfer', 'conditional'],
    ['en', 'We collect and, where necessary, transfer abroad the following: your name, your e-mail address.', 'email', 'declared'],
    ['kk', 'Біз жинаймыз және қажет болған жағдайда береміз: атыңыз, электрондық пошта мекенжайыңыз.', 'email', 'declared'],
    // A condition over the whole lead still reaches its items.
    ['ru', 'При необходимости мы собираем следующие данные: имя, адрес электронной почты.', 'email', 'conditional'],
    ['en', 'Where necessary, we collect the following: your name, your e-mail address.', 'email', 'conditional'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

function accepted(text: string): boolean {
  return parsePolicySync(text, { source: 'test', lang: 'auto' }).ok;
}

describe('after round 18: a short Kazakh notice about the person\'s own data is read', () => {
  it('accepts a notice naming the data and its use a few words on', () => {
    expect(accepted('Ескерту\nТелефон нөміріңізді тек төлем күні туралы еске салу үшін пайдаланамыз. Бұл мәліметтер үшінші тұлғаларға берілмейді, оператор оны жинамайды.')).toBe(true);
    expect(accepted('Хабарлама шарттары\nАты-жөніңізді, мекенжайыңызды және шарт нөмірін банктен аламыз. Мәліметтер үшінші тұлғаларға берілмейді және 1 жыл сақталады.')).toBe(true);
  });
  it('still refuses Kazakh texts that are not about personal data', () => {
    expect(accepted('Сіздің нөміріңіз кезекте бесінші. Дәрігер сізді он минуттан кейін қабылдайды.')).toBe(false);
    expect(accepted('Жаңа жылдық концерт сағат 18:00-де басталады. Билеттеріңізді кассадан аламыз деп уәде бердік.')).toBe(false);
  });
});
