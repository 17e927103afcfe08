/**
 * A permission the person may refuse is asked for, so the practice is conditional; an opt-out
 * (unsubscribing from marketing) leaves it declared. Kazakh polite forms of "with your consent" too
 * (sentences written for the tests).
 */
import { describe, expect, it } from 'vitest';
import { EN_FRAME, KK_FRAME, RU_FRAME, declarationsOf, parse, statusOf } from './helpers';

describe('refusable permissions', () => {
  it('ru: «вы можете запретить доступ»', () => {
    const [camera] = declarationsOf(parse(`${RU_FRAME}Приложение запрашивает доступ к камере, вы можете запретить доступ в настройках.`), 'camera');
    expect(camera).toMatchObject({ status: 'conditional', condition: 'вы можете запретить' });
  });

  it('kk: «рұқсат бермеуге болады»', () => {
    expect(statusOf(parse(`${KK_FRAME}Қосымша геолокацияны сұрайды, оған рұқсат бермеуге болады.`), 'geolocation')).toBe('conditional');
  });

  it('en: "you can refuse it"', () => {
    expect(statusOf(parse(`${EN_FRAME}Location is requested when you apply, and you can refuse it.`), 'geolocation')).toBe('conditional');
  });

  it('an opt-out is no condition', () => {
    expect(statusOf(parse(`${RU_FRAME}Мы направляем рекламу, клиент может отказаться от рассылки.`), 'purpose_advertising')).toBe('declared');
    expect(statusOf(parse(`${EN_FRAME}We send marketing emails; you can unsubscribe.`), 'purpose_advertising')).toBe('declared');
  });

  it('ru: the operator refusing a loan is no condition on the person', () => {
    expect(statusOf(parse(`${RU_FRAME}Мы собираем ИИН. Компания может отказать в предоставлении займа.`), 'national_id')).toBe('declared');
  });
});

describe('consent conditions', () => {
  it('kk: «келісіміңізбен», «рұқсатыңызбен»', () => {
    expect(declarationsOf(parse(`${KK_FRAME}Қосымша геолокацияны сіздің келісіміңізбен анықтайды.`), 'geolocation')[0])
      .toMatchObject({ status: 'conditional', condition: 'сіздің келісіміңізбен' });
    expect(statusOf(parse(`${KK_FRAME}Біз камераны рұқсатыңызбен қосамыз.`), 'camera')).toBe('conditional');
  });

  it('kk: «рұқсат берілген жағдайда», «келісіміңіз болған жағдайда»', () => {
    expect(statusOf(parse(`${KK_FRAME}Геолокация тек рұқсат берілген жағдайда анықталады.`), 'geolocation')).toBe('conditional');
    expect(statusOf(parse(`${KK_FRAME}Камера келісіміңіз болған жағдайда қосылады.`), 'camera')).toBe('conditional');
  });

  it('en: "if you give us permission", "where you have given consent"', () => {
    expect(statusOf(parse(`${EN_FRAME}We read your location if you give us permission.`), 'geolocation')).toBe('conditional');
    expect(statusOf(parse(`${EN_FRAME}We share your data with third parties where you have given consent.`), 'third_party_sharing')).toBe('conditional');
  });
});

describe('exceptions to a denial', () => {
  it('kk: «келісіміңізсіз», «рұқсатымсыз» make a denial conditional', () => {
    expect(statusOf(parse(`${KK_FRAME}Келісіміңізсіз деректер үшінші тұлғаларға берілмейді.`), 'third_party_sharing')).toBe('conditional');
    expect(statusOf(parse(`${KK_FRAME}Менің рұқсатымсыз камера қосылмайды.`), 'camera')).toBe('conditional');
  });
});
