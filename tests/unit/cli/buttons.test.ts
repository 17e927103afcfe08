import { describe, expect, it } from 'vitest';
import { classifyButton, normaliseLabel, type ButtonInfo } from '../../../src/cli/audit/interact/buttons';

const button = (text: string, over: Partial<ButtonInfo> = {}): ButtonInfo =>
  ({ tag: 'button', text, type: 'button', href: '', inForm: true, context: '', ...over });
const link = (text: string, href = 'https://1kredit.kz/apply'): ButtonInfo => button(text, { tag: 'a', type: '', href, inForm: false });

describe('classifyButton: pressed', () => {
  it.each(['Далее', 'Продолжить', 'Далее →', 'Next', 'Continue', 'Келесі', 'Келесі қадам', 'Әрі қарай'])('«%s» advances a step', (text) => {
    expect(classifyButton(button(text))).toEqual({ press: true, action: 'advance' });
  });

  it.each(['Оформить заявку', 'Получить деньги', 'Өтінім беру', 'Подать заявку', 'Ақша алу', 'Apply now'])('link «%s» opens the form', (text) => {
    expect(classifyButton(link(text))).toEqual({ press: true, action: 'open-form' });
  });

  it('a stand-alone opener button outside any form opens a dialog', () => {
    expect(classifyButton(button('Получить займ', { inForm: false }))).toEqual({ press: true, action: 'open-form' });
  });

  it.each(['📷 Сделать селфи', 'Включить камеру', 'Камераны қосу', 'Начать видеоверификацию'])('«%s» starts the camera', (text) => {
    expect(classifyButton(button(text))).toEqual({ press: true, action: 'media' });
  });

  it('agrees to a cookie notice only inside one', () => {
    expect(classifyButton(button('Принять', { context: 'cookie-banner Мы используем файлы cookie' }))).toEqual({ press: true, action: 'cookie-ok' });
    expect(classifyButton(button('Принять', { context: 'offer Условия договора' }))).toMatchObject({ press: false });
  });
});

describe('classifyButton: never pressed', () => {
  it.each([
    ['Отправить заявку', 'sends the application'],
    ['Өтінімді жіберу', 'sends the application'],
    ['Подписать и отправить', 'sends the application'],
    ['Продолжить и отправить', 'sends the application'],
    ['Submit application', 'sends the application'],
    ['Оплатить', 'makes a payment'],
    ['Оформить рассрочку и оплатить', 'makes a payment'],
    ['Pay now', 'makes a payment'],
    ['Получить SMS-код', 'sends a code by SMS or e-mail'],
    ['Отправить код на e-mail', 'sends a code by SMS or e-mail'],
    ['Подтвердить номер по SMS', 'sends a code by SMS or e-mail'],
    ['Заказать обратный звонок', 'asks for a call'],
    ['Перезвоните мне', 'asks for a call'],
    ['Request a call back', 'asks for a call'],
    ['Напишите нам, мы онлайн!', 'opens a chat with a person'],
    ['Открыть чат', 'opens a chat with a person'],
    ['Бізге жазыңыз', 'opens a chat with a person'],
    ['Войти', 'signs in or creates an account'],
    ['Регистрация', 'signs in or creates an account'],
  ])('«%s» (%s)', (text, reason) => {
    expect(classifyButton(button(text))).toEqual({ press: false, reason });
  });

  it('never presses a submit button, whatever it says', () => {
    expect(classifyButton(button('Далее', { type: 'submit' }))).toEqual({ press: false, reason: 'submits a form' });
    expect(classifyButton(button('Получить деньги', { type: 'submit' }))).toEqual({ press: false, reason: 'submits a form' });
  });

  it('an opener inside a form may send it', () => {
    expect(classifyButton(button('Получить деньги'))).toEqual({ press: false, reason: 'may send the application' });
  });

  it('presses nothing it does not recognise, and no plain links', () => {
    expect(classifyButton(button('Рассчитать'))).toEqual({ press: false, reason: 'is not recognised as safe' });
    expect(classifyButton(link('Далее', 'https://1kredit.kz/news?page=2'))).toEqual({ press: false, reason: 'is a link' });
    expect(classifyButton(button('  '))).toEqual({ press: false, reason: 'has no label' });
  });
});

describe('normaliseLabel', () => {
  it('drops arrows, emoji and edge punctuation and folds ё', () => {
    expect(normaliseLabel('  📷  Сделать   селфи ')).toBe('сделать селфи');
    expect(normaliseLabel('Далее →')).toBe('далее');
    expect(normaliseLabel('«Вперёд»!')).toBe('вперед');
  });
});
